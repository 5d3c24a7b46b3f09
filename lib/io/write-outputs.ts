// Output files → disk, atomically per file (write to a temporary name, then rename).
import { closeSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Bytes encoded before each write. Encoding a whole output file at once (90 MB of incidents for 10,000 articles)
 * allocates a buffer as large as the file, and writing strings with fs.writeSync encodes them on a slow path:
 * either way about ten times longer than encoding piece by piece into one reused buffer.
 */
const BUFFER_BYTES = 1 << 22;
/** UTF-8 takes at most three bytes per UTF-16 unit (a pair's four bytes are two units' worth). */
const MAX_BYTES_PER_UNIT = 3;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Writes the pieces of a text, joined, as UTF-8 to `path` (the bytes Buffer.from(pieces.join('')) holds). A
 * pair split between two pieces is joined before it is encoded.
 */
export function writeTextFile(path: string, pieces: Iterable<string>, bufferBytes = BUFFER_BYTES): void {
  const buffer = Buffer.allocUnsafe(bufferBytes);
  const maxUnits = Math.max(2, Math.floor(bufferBytes / MAX_BYTES_PER_UNIT));
  let used = 0;
  const fd = openSync(path, 'w');
  const flush = () => {
    // a write may take fewer bytes than it was given (a signal, a full disk): what it left is written again
    for (let written = 0; written < used; ) written += writeSync(fd, buffer, written, used - written);
    used = 0;
  };
  /** Encodes text[start, end) in slices that fit the buffer, never between the halves of a pair. */
  const put = (text: string, start: number, end: number) => {
    while (start < end) {
      let stop = Math.min(end, start + maxUnits);
      if (stop < end && isHighSurrogate(text.charCodeAt(stop - 1))) stop--;
      if (used + (stop - start) * MAX_BYTES_PER_UNIT > bufferBytes) flush();
      used += buffer.write(stop - start === text.length ? text : text.slice(start, stop), used);
      start = stop;
    }
  };
  try {
    let carried = '';
    for (const piece of pieces) {
      const text = carried ? carried + piece : piece;
      // a piece ending on the first half of a pair waits for the next piece's first character
      const keep = text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1)) ? 1 : 0;
      put(text, 0, text.length - keep);
      carried = keep ? text.slice(-1) : '';
    }
    put(carried, 0, carried.length);
    flush();
  } finally {
    closeSync(fd);
  }
}

export function writeOutputs(dir: string, files: Record<string, Iterable<string>>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) {
    const path = join(dir, name);
    const tmp = `${path}.tmp-${process.pid}`;
    writeTextFile(tmp, contents);
    renameSync(tmp, path);
  }
}
