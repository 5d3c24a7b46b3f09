// A folder of articles → the bytes of each readable file, and a report for every entry (nothing dropped silently).
// The only filesystem code for inputs; memory stays bounded by reading at most MAX_ARTICLE_BYTES per file.
import { closeSync, lstatSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { InputFile } from '../types';

/** Largest slice of one file that is read; a bigger article is cut there and the manifest says so. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Deepest sub-folder we walk, so a link loop or a huge tree cannot run away. */
const MAX_DEPTH = 8;

export class CorpusFolderError extends Error {
  constructor(dir: string, why: string) {
    super(`cannot read the input folder "${dir}": ${why}; pass an existing folder with --input DIR`);
    this.name = 'CorpusFolderError';
  }
}

function readCapped(path: string, size: number): { bytes: Uint8Array; truncated: boolean } {
  const length = Math.min(size, MAX_ARTICLE_BYTES);
  const bytes = new Uint8Array(length);
  const fd = openSync(path, 'r');
  try {
    let off = 0;
    while (off < length) {
      const n = readSync(fd, bytes, off, length - off, off);
      if (n === 0) break;
      off += n;
    }
    return { bytes: off === length ? bytes : bytes.subarray(0, off), truncated: size > MAX_ARTICLE_BYTES };
  } finally {
    closeSync(fd);
  }
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable (permission denied)';
  if (code === 'ENOENT') return 'vanished while reading';
  if (code === 'EISDIR') return 'is a folder';
  return err instanceof Error ? err.message : String(err);
}

/**
 * Lists every entry under `dir` (sorted, recursive) and reads regular files.
 * Symbolic links are reported, not followed: they could point outside the corpus.
 */
export function readCorpus(dir: string): InputFile[] {
  try {
    if (!statSync(dir).isDirectory()) throw new CorpusFolderError(dir, 'not a folder');
  } catch (err) {
    if (err instanceof CorpusFolderError) throw err;
    throw new CorpusFolderError(dir, describe(err));
  }
  const entries: InputFile[] = [];
  const walk = (folder: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (err) {
      entries.push({ file: relative(dir, folder) || '.', bytes: null, error: describe(err), bytesOnDisk: 0, truncated: false });
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      const file = relative(dir, path);
      try {
        const link = lstatSync(path);
        if (link.isSymbolicLink()) {
          entries.push({ file, bytes: null, error: 'symbolic link (not followed)', bytesOnDisk: 0, truncated: false });
          continue;
        }
        if (link.isDirectory()) {
          if (depth < MAX_DEPTH) walk(path, depth + 1);
          else entries.push({ file, bytes: null, error: `folder deeper than ${MAX_DEPTH} levels`, bytesOnDisk: 0, truncated: false });
          continue;
        }
        if (!link.isFile()) {
          entries.push({ file, bytes: null, error: 'not a regular file', bytesOnDisk: 0, truncated: false });
          continue;
        }
        const { bytes, truncated } = readCapped(path, link.size);
        entries.push({ file, bytes, error: null, bytesOnDisk: link.size, truncated });
      } catch (err) {
        entries.push({ file, bytes: null, error: describe(err), bytesOnDisk: 0, truncated: false });
      }
    }
  };
  walk(dir, 0);
  return entries;
}
