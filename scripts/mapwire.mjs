// `npm run ingest | geoparse | eval`: runs lib/cli.ts from a bundle cached by a hash of lib/ and the lock file,
// built on first use in about a second. From the bundle the CLI starts in half the time it takes through tsx,
// and runs its hot loops without tsx's name-keeping wrapper around every closure made. When the bundle cannot
// be built or written (a read-only node_modules), it runs the source through tsx, as before.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { writeCachedBundle } from '../lib/io/cached-bundle.mjs';
import { heapFlagFor, tuneV8 } from '../lib/io/v8-tuning.mjs';

/** Set in the process this launcher starts with a larger heap, so that it does not start another. */
const RESTARTED = 'MAPWIRE_HEAP_SET';

/** Entries under the folder an ingest reads (the CLI's default, seeds, when none is given); 0 when unreadable. */
function inputEntries(args) {
  const { values } = parseArgs({ args, strict: false, options: { input: { type: 'string', default: 'seeds' } } });
  try {
    return readdirSync(String(values.input), { recursive: true }).length;
  } catch {
    return 0; // the CLI says what is wrong with the folder
  }
}

// A large ingest runs in a process whose heap may grow to most of the machine's memory (v8-tuning.mjs)
if (process.argv[2] === 'ingest' && !process.env[RESTARTED]) {
  const inputFiles = inputEntries(process.argv.slice(3));
  const flag = heapFlagFor({
    inputFiles,
    heapLimitBytes: getHeapStatistics().heap_size_limit,
    totalMemoryBytes: totalmem(),
    userFlags: `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`,
  });
  if (flag) {
    process.stderr.write(`mapwire: ${inputFiles} input files: running with ${flag} (V8's limit is ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)} MiB)\n`);
    const args = [...process.execArgv, flag, fileURLToPath(import.meta.url), ...process.argv.slice(2)];
    const run = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, [RESTARTED]: '1' } });
    process.exit(run.status ?? 1);
  }
}

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
