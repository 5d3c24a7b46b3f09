// TypeScript entry → one bundled ES module on disk, built once per version of the code and reused: the CLI
// (scripts/mapwire.mjs) and the analysis workers start from such bundles. Plain JavaScript, so that the
// launcher can run it before anything can compile TypeScript; its types are in cached-bundle.d.mts.
// Started from source instead, every module goes through tsx first (about 3 s for a worker on two busy cores),
// and tsx wraps each closure in a call that keeps its name, a cost paid again at every closure made.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Source files whose contents a bundle depends on. */
const SOURCE = /\.(?:[cm]?tsx?|[cm]?js|json)$/;

/**
 * Feeds `hash` every source file under `dir`: paths relative to `dir` and contents, sorted so that the result does
 * not depend on the file system. Bundles are named by it, and cached analyses keyed by it.
 */
export function hashSourceTree(dir, hash) {
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCE.test(entry.name)) hash.update(path.slice(dir.length)).update('\0').update(readFileSync(path));
    }
  };
  walk(dir);
}

/**
 * Gives every bundled source module its own file's `import.meta.url`, as it has when run from source: the
 * analysis code finds its worker and the project's folders from it. Only `import.meta.url` is rewritten.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?tsx?$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)),
      loader: args.path.endsWith('x') ? 'tsx' : 'ts',
    }));
  },
};

/**
 * Bundles `entry` (and everything it imports, packages included) into `cacheDir`, named by a hash of the entry,
 * of the source folder `sourceDir` where it lies (its place too: the bundle holds its files' URLs), and of
 * `lockFile` and the tsconfig.json beside it (the package versions bundled in, and how TypeScript is read),
 * so that any change to the code or to a dependency builds a new bundle and an unchanged tree reuses the last
 * one. Written to a temporary name and renamed, so concurrent runs never load half a file. Resolves to null
 * when esbuild is not installed or the bundle cannot be built or written; the caller then runs from source.
 * Old bundles are left in place: another run may be about to load one.
 * @example await writeCachedBundle('lib/io/analyse-worker.ts', 'lib', 'package-lock.json', 'node_modules/.cache/mapwire')
 *   → file:///…/node_modules/.cache/mapwire/analyse-worker-3f2a….mjs
 */
export async function writeCachedBundle(entry, sourceDir, lockFile, cacheDir) {
  const root = resolve(sourceDir);
  const hash = createHash('sha256').update(root).update('\0').update(relative(root, resolve(entry))).update('\0');
  hashSourceTree(root, hash);
  for (const file of [lockFile, join(dirname(lockFile), 'tsconfig.json')]) if (existsSync(file)) hash.update(readFileSync(file));
  const name = entry.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const out = join(cacheDir, `${name}-${hash.digest('hex').slice(0, 16)}.mjs`);
  if (existsSync(out)) return pathToFileURL(out);
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const temporary = `${out}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
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
      // esbuild itself stays a package: bundled, it cannot find its own binary, and a bundle that builds
      // bundles (the CLI starting its workers) could not build any.
      external: ['esbuild'],
      // bundled CommonJS packages (compromise) may call require for Node's own modules
      banner: { js: "import { createRequire as __mapwireRequire } from 'node:module'; const require = __mapwireRequire(import.meta.url);" },
    });
    const code = built.outputFiles[0]?.contents;
    if (!code) return null;
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(temporary, code);
    renameSync(temporary, out);
  } catch {
    rmSync(temporary, { force: true });
    // another run may have written the same bundle meanwhile (a rename over an open file fails on Windows)
    if (existsSync(out)) return pathToFileURL(out);
    // a read-only node_modules or a build error: the caller then runs from source, where tsx reports any error
    return null;
  }
  return pathToFileURL(out);
}
