// `npm run ingest | geoparse | eval`: runs lib/cli.ts from a bundle cached by a hash of lib/ and the lock file,
// built on first use in about a second. From the bundle the CLI starts in half the time it takes through tsx,
// and runs its hot loops without tsx's name-keeping wrapper around every closure made. When the bundle cannot
// be built or written (a read-only node_modules), it runs the source through tsx, as before.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCachedBundle } from '../lib/io/cached-bundle.mjs';
import { tuneV8 } from '../lib/io/v8-tuning.mjs';

tuneV8();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'lib', 'cli.ts');
const bundle = await writeCachedBundle(cli, join(root, 'lib'), join(root, 'package-lock.json'), join(root, 'node_modules', '.cache', 'mapwire'));
if (bundle) {
  await import(bundle.href);
} else {
  process.stderr.write('mapwire: could not build the CLI bundle; running from source through tsx (slower)\n');
  const { tsImport } = await import('tsx/esm/api');
  await tsImport(pathToFileURL(cli).href, import.meta.url);
}
