// Types of v8-tuning.mjs (plain JavaScript, so that the CLI launcher can run it without a compiler).

/** V8 flags the pipeline's processes run with. */
export const V8_FLAGS: readonly string[];

/** Sets V8_FLAGS for this process and every worker thread it starts later: call before loading the pipeline. */
export function tuneV8(): void;

/** Input files from which an ingest runs with a larger heap. */
export const LARGE_INPUT_FILES: number;

/** Share of the machine's memory a large ingest's heap may grow to. */
export const HEAP_SHARE: number;

/** The `--max-old-space-size` flag to run an ingest of `inputFiles` files with, or null when V8's own limit will do. */
export function heapFlagFor(facts: { inputFiles: number; heapLimitBytes: number; totalMemoryBytes: number; userFlags: string }): string | null;
