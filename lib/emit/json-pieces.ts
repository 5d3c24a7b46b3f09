// A JSON value → the text of JSON.stringify(value, null, 1), as a sequence of pieces.

/**
 * Levels of nesting given piece by piece; anything deeper is stringified whole. Two levels cover an output
 * file's shape (an object holding a list of records, or a list): one piece per record.
 */
const STREAMED_LEVELS = 2;

/** What JSON.stringify leaves out of an object and writes as null in an array. */
function isUnwritable(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function toJsonable(value: unknown, key: string): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(value, key) : value;
}

/**
 * The pieces of `JSON.stringify(value, null, 1)`, record by record. V8 builds a stringified value as a tree of
 * small parts which must be copied into one string before it can be written; for a 90 MB output file that copy
 * and the encoding of one buffer that size cost more than the stringifying. The pieces, about one per record, are
 * encoded a few megabytes at a time instead (lib/io/write-outputs.ts).
 * @example [...jsonPieces({ a: [1, { b: 2 }] })].join('') === JSON.stringify({ a: [1, { b: 2 }] }, null, 1)
 */
export function jsonPieces(value: unknown): Generator<string> {
  const v = toJsonable(value, '');
  if (isUnwritable(v)) throw new TypeError(`${typeof v} has no JSON text`);
  return piecesOf(v, 0, STREAMED_LEVELS);
}

/** `v` has had its toJSON applied and is writable; `depth` is the indentation of the line it starts on. */
function* piecesOf(v: unknown, depth: number, levels: number): Generator<string> {
  if (levels > 0 && v !== null && typeof v === 'object') {
    const closing = `\n${' '.repeat(depth)}`;
    const opening = `${closing} `;
    if (Array.isArray(v)) {
      if (v.length === 0) return yield '[]';
      yield '[';
      for (let i = 0; i < v.length; i++) {
        yield i ? `,${opening}` : opening;
        const item = toJsonable(v[i], String(i));
        if (isUnwritable(item)) yield 'null';
        else yield* piecesOf(item, depth + 1, levels - 1);
      }
      return yield `${closing}]`;
    }
    let written = 0;
    for (const k of Object.keys(v)) {
      const item = toJsonable((v as Record<string, unknown>)[k], k);
      if (isUnwritable(item)) continue;
      yield `${written++ ? ',' : '{'}${opening}${JSON.stringify(k)}: `;
      yield* piecesOf(item, depth + 1, levels - 1);
    }
    return yield written ? `${closing}}` : '{}';
  }
  yield depth > 0 ? indented(v, depth) : JSON.stringify(v, null, 1);
}

/**
 * JSON text of `v` as it reads `depth` levels deep. V8 gives a stringified value as a tree of parts, which costs
 * about as much again to copy into one string when it is written; a slice of it is copied at once, and far
 * faster (90 MB of incidents: under 0.1 s against 0.8 s; re-indenting each line instead took 2 s). So `v` is
 * stringified inside `depth` arrays, which indent it, and sliced out.
 */
function indented(v: unknown, depth: number): string {
  let wrapped: unknown = v;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 1);
  // the array opened at level i (0 to depth − 1) adds i spaces, "[" and "\n" before the value and "\n", i spaces
  // and "]" after it; the value's own line is indented by `depth` spaces
  const after = (depth * (depth - 1)) / 2 + 2 * depth;
  const before = after + depth;
  return text.slice(before, text.length - after);
}
