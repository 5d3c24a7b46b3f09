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
