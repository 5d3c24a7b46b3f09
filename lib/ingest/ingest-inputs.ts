// InputFile[] → Article[] plus one InputReport per file: decoding, duplicate detection and truncation notes.
import type { Article, InputFile, InputReport } from '../types';
import { decodeText } from './decode-text';
import { mostlyTwoByte, toArticle, toSha256 } from './to-article';

export interface IngestedInputs {
  articles: Article[];
  inputs: InputReport[];
}

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * Decodes every readable input into an Article; every input, read or not, gets a report.
 * Byte-identical files are processed once: the later ones are skipped as duplicates of the first (by sorted name).
 */
export function ingestInputs(files: readonly InputFile[]): IngestedInputs {
  const articles: Article[] = [];
  const inputs: InputReport[] = [];
  // made into articles once every text is decoded: how the corpus is held in memory depends on all of them
  const decodedTexts: Array<{ file: string; text: string; sha256: string }> = [];
  const firstBySha = new Map<string, string>();
  const ids = new Set<string>();

  for (const input of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (!input.bytes) {
      inputs.push({ file: input.file, sha256: null, status: 'failed', reason: input.error ?? 'not readable' });
      continue;
    }
    const sha256 = toSha256(input.bytes);
    const original = firstBySha.get(sha256);
    if (original !== undefined) {
      inputs.push({ file: input.file, sha256, status: 'skipped', reason: `duplicate of ${original}` });
      continue;
    }
    const decoded = decodeText(input.bytes);
    if (!decoded.ok) {
      inputs.push({ file: input.file, sha256, status: 'skipped', reason: decoded.reason });
      continue;
    }
    firstBySha.set(sha256, input.file);
    decodedTexts.push({ file: input.file, text: decoded.text, sha256 });
    const notes: string[] = [];
    if (input.truncated) notes.push(`truncated: read the first ${mebibytes(input.bytes.length)} of ${mebibytes(input.bytesOnDisk)}`);
    if (decoded.encoding !== 'utf-8') notes.push(`decoded as ${decoded.encoding}`);
    inputs.push({ file: input.file, sha256, status: 'ok', reason: notes.length ? notes.join('; ') : null });
  }
  const twoByte = mostlyTwoByte(decodedTexts.map((d) => d.text));
  for (const { file, text, sha256 } of decodedTexts) {
    const article = toArticle(file, text, sha256, twoByte);
    // Two files may share a stem ("a.txt", "a.md"): keep ids unique by suffixing the extension.
    if (ids.has(article.id)) article.id = file.replace(/[^\w.-]+/g, '_');
    ids.add(article.id);
    articles.push(article);
  }
  return { articles, inputs };
}
