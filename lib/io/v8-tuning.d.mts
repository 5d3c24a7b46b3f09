// Types of v8-tuning.mjs (plain JavaScript, so that the CLI launcher can run it without a compiler).

/** V8 flags the pipeline's processes run with. */
export const V8_FLAGS: readonly string[];

/** Sets V8_FLAGS for this process and every worker thread it starts later: call before loading the pipeline. */
export function tuneV8(): void;
