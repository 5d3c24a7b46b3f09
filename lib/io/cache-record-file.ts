// A packed analysis record → its file in the analysis cache, written by whichever thread analysed the article.
import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes a record through a temporary name, so that a reader never finds half of one. A record that cannot be
 * written (a full disk, the folder removed meanwhile) only means its article is analysed again next time:
 * the message says why, and the caller goes on.
 * @returns null once written, else why it could not be
 */
export function writeCacheRecord(path: string, record: string): string | null {
  try {
    writeFileSync(`${path}.tmp`, record);
    renameSync(`${path}.tmp`, path);
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
