// V8 settings for the processes that run the pipeline (the CLI, and the benchmarks that time its code). Plain
// JavaScript, so that the CLI launcher can run it without a compiler.
import { setFlagsFromString } from 'node:v8';

/**
 * `--no-turbo-inlining`: no inlining in V8's optimising compiler. The extraction and resolution functions are
 * large, and V8 optimises several of them three to five times over while the first few hundred articles teach
 * it their types; with inlining, that compiling took 5.5 s of CPU in a 1,000-article ingest, on the second core
 * or in the way of a worker on it. Without, 2.7–4.0 s, and the optimised code ran as fast (measured in
 * alternating runs at 1,000 and 10,000 articles, and geoparsing alone; BENCHMARKS.md).
 *
 * `--no-regexp-tier-up`: each regular expression is compiled to machine code on its first run, not first to
 * bytecode for the interpreter and again to machine code on its second run. The analysis uses about 300
 * patterns, most on every article, so the bytecode was thrown away at once. Alternating runs: the first
 * article's analysis took 0.16–0.22 s with the tier-up and 0.10–0.12 s without, 100 articles' 0.64–0.68 s and
 * 0.52–0.61 s; 10,000 articles within the noise; output byte-identical (BENCHMARKS.md).
 */
export const V8_FLAGS = ['--no-turbo-inlining', '--no-regexp-tier-up'];

/** Sets V8_FLAGS for this process and every worker thread it starts later: call before loading the pipeline. */
export function tuneV8() {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}

/**
 * Input files from which an ingest runs with a larger heap. The main thread keeps every article and analysis
 * until the merge: about 35 MB of heap per 1,000 generated articles, so V8's default limit (4 GiB on a 64-bit
 * machine) is reached near 100,000. Close to it, V8 collects garbage again and again: at 100,000 articles the
 * merge took 20 times as long as at 10,000, and writing the outputs up to 80 times (BENCHMARKS.md).
 */
export const LARGE_INPUT_FILES = 20_000;

/** Share of the machine's memory a large ingest's heap may grow to. */
export const HEAP_SHARE = 0.75;

/**
 * The `--max-old-space-size` flag to run an ingest of `inputFiles` files with, or null when V8's own limit
 * will do: a small input, a limit already as large, or one the user set (in `userFlags`: the process's flags
 * and NODE_OPTIONS).
 * @example heapFlagFor({ inputFiles: 100000, heapLimitBytes: 4 * 2 ** 30, totalMemoryBytes: 24 * 2 ** 30, userFlags: '' })
 *   → '--max-old-space-size=18432'
 */
export function heapFlagFor({ inputFiles, heapLimitBytes, totalMemoryBytes, userFlags }) {
  if (inputFiles < LARGE_INPUT_FILES || /--max-old-space-size\b/.test(userFlags)) return null;
  const mebibytes = Math.floor((totalMemoryBytes * HEAP_SHARE) / 2 ** 20);
  return mebibytes > heapLimitBytes / 2 ** 20 ? `--max-old-space-size=${mebibytes}` : null;
}
