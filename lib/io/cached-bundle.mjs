// TypeScript entry → one bundled ES module on disk, built once per version of the code and reused: the CLI
// (scripts/mapwire.mjs) and the analysis workers start from such bundles. Plain JavaScript, so that the
// launcher can run it before anything can compile TypeScript; its types are in cached-bundle.d.mts.
// Started from source instead, every module goes through tsx first (about 3 s for a worker on two busy cores),
// and tsx wraps each closure in a call that keeps its name, a cost paid again at every closure made.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Hash of every source file under `dir` (paths and contents), sorted so that it does not depend on the file system. */
function hashSources(dir, hash, root) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashSources(path, hash, root);
    else if (/\.(?:tsx?|mjs|js|json)$/.test(entry.name)) hash.update(path.slice(root.length)).update('\0').update(readFileSync(path));
  }
}

/**
 * Gives every bundled source module its own file's `import.meta.url`, as it has when run from source: the
 * analysis code finds its worker and the project's folders from it.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: args.path.endsWith('x') ? 'tsx' : 'ts',
    }));
  },
};

/**
 * Bundles `entry` (and everything it imports, packages included) into `cacheDir`, named by a hash of the source
 * folder `sourceDir` and of `lockFile` (the package versions bundled in), so that any change to the code or to a
 * dependency builds a new bundle and an unchanged tree reuses the last one. Written to a temporary name and
 * renamed, so concurrent runs never load half a file. Resolves to null when esbuild is not installed or the
 * bundle cannot be built or written; the caller then runs from source.
 * @example await writeCachedBundle('lib/io/analyse-worker.ts', 'lib', 'package-lock.json', 'node_modules/.cache/mapwire')
 *   → file:///…/node_modules/.cache/mapwire/analyse-worker-3f2a….mjs
 */
export async function writeCachedBundle(entry, sourceDir, lockFile, cacheDir) {
  const hash = createHash('sha256');
  hashSources(sourceDir, hash, sourceDir);
  if (existsSync(lockFile)) hash.update(readFileSync(lockFile));
  const name = entry.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const out = join(cacheDir, `${name}-${hash.digest('hex').slice(0, 16)}.mjs`);
  if (existsSync(out)) return pathToFileURL(out);
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  try {
    const built = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'silent',
      plugins: [keepModuleUrls],
      // bundled CommonJS packages (compromise) may call require for Node's own modules
      banner: { js: "import { createRequire as __mapwireRequire } from 'node:module'; const require = __mapwireRequire(import.meta.url);" },
    });
    const code = built.outputFiles[0]?.contents;
    if (!code) return null;
    mkdirSync(dirname(out), { recursive: true });
    const temporary = `${out}.${process.pid}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, out);
  } catch {
    // a read-only node_modules or a build error: the caller then runs from source, where tsx reports any error
    return null;
  }
  return pathToFileURL(out);
}
