// The cached bundles the CLI and the analysis workers start from: built once per version of the sources,
// reused while nothing changes, and each module keeping its own file's URL as when run from source.
import { mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCachedBundle } from '../../lib/io/cached-bundle.mjs';

const root = mkdtempSync(join(tmpdir(), 'mapwire-bundle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeSources(version: string): { entry: string; helper: string } {
  const src = join(root, 'src');
  mkdirSync(join(src, 'sub'), { recursive: true });
  const helper = join(src, 'sub', 'where.ts');
  writeFileSync(helper, 'export const where: string = import.meta.url;\n');
  const entry = join(src, 'entry.ts');
  writeFileSync(entry, `import { where } from './sub/where';\nexport const found = { here: import.meta.url, where, version: '${version}' };\n`);
  return { entry, helper };
}

describe('writeCachedBundle', () => {
  it('bundles an entry once, keeps each module its own URL, and builds anew when a source changes', async () => {
    const { entry, helper } = writeSources('one');
    const cache = join(root, 'cache');
    const lock = join(root, 'package-lock.json');
    writeFileSync(lock, '{}');
    const first = await writeCachedBundle(entry, join(root, 'src'), lock, cache);
    expect(first).not.toBeNull();
    expect(fileURLToPath(first!)).toMatch(/[\\/]cache[\\/]entry-[0-9a-f]{16}\.mjs$/);
    const built = await import(first!.href);
    expect(built.found).toEqual({ here: pathToFileURL(entry).href, where: pathToFileURL(helper).href, version: 'one' });

    const builtAt = statSync(first!).mtimeMs;
    const again = await writeCachedBundle(entry, join(root, 'src'), lock, cache);
    expect(again!.href).toBe(first!.href);
    expect(statSync(again!).mtimeMs).toBe(builtAt);

    writeSources('two');
    const changed = await writeCachedBundle(entry, join(root, 'src'), lock, cache);
    expect(changed!.href).not.toBe(first!.href);
    expect((await import(changed!.href)).found.version).toBe('two');
  });

  it('builds bundles from inside a bundle, as the CLI builds its workers', async () => {
    // Under node_modules, as the real cache is, so that the bundle finds the esbuild package it leaves out.
    const cache = join('node_modules', '.cache', `mapwire-test-${randomBytes(4).toString('hex')}`);
    try {
      const src = join(root, 'nested');
      mkdirSync(src, { recursive: true });
      const inner = join(src, 'inner.ts');
      writeFileSync(inner, "export const inner: string = 'built';\n");
      const outer = join(src, 'outer.ts');
      const helper = join(process.cwd(), 'lib', 'io', 'cached-bundle.mjs');
      writeFileSync(
        outer,
        `import { writeCachedBundle } from ${JSON.stringify(helper)};\n` +
          `export const buildInner = () => writeCachedBundle(${JSON.stringify(inner)}, ${JSON.stringify(src)}, 'none', ${JSON.stringify(cache)});\n`,
      );
      const outerBundle = await writeCachedBundle(outer, src, 'none', cache);
      expect(outerBundle).not.toBeNull();
      const innerBundle = await (await import(outerBundle!.href)).buildInner();
      expect(innerBundle).not.toBeNull();
      expect((await import(innerBundle.href)).inner).toBe('built');
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
