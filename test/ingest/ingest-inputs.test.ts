// The hostile-input battery: every kind of file people scrape into a folder, through the reader and ingest.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, readCorpus } from '../../lib/io/read-corpus';
import { ingestInputs } from '../../lib/ingest/ingest-inputs';
import type { IngestedInputs } from '../../lib/ingest/ingest-inputs';

const STORY = 'Protesters clash with police\n\nThousands marched in the capital on Sunday, witnesses said.\n';
let dir: string;
let result: IngestedInputs;

function report(file: string) {
  const r = result.inputs.find((i) => i.file === file);
  if (!r) throw new Error(`${file} missing from the reports`);
  return r;
}
function article(file: string) {
  const a = result.articles.find((x) => x.file === file);
  if (!a) throw new Error(`${file} was not processed`);
  return a;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mapwire-battery-'));
  const w = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data);
  w('ok.txt', STORY);
  w('empty.txt', '');
  w('blank.txt', '  \n\n\t \r\n');
  w('scan.pdf.txt', '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>');
  w('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  // Text interleaved with NUL runs, as in a database dump or a truncated binary.
  w('nul.txt', Buffer.from(STORY.repeat(5).replace(/(.{7})/g, '$1\0\0\0')));
  w('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(STORY)]));
  const utf16 = Buffer.from(`\ufeff${STORY}`, 'utf16le');
  w('utf16.txt', utf16);
  w('cp1252.txt', Buffer.concat([Buffer.from('Smart quotes\n\nHe said '), Buffer.from([0x93]), Buffer.from('enough'), Buffer.from([0x94, 0x2e])]));
  w('crlf.txt', STORY.replace(/\n/g, '\r\n'));
  w('cr.txt', STORY.replace(/\n/g, '\r'));
  w('long-line.txt', `One very long line\n\n${'word '.repeat(200_000)}\n`);
  w('page.txt', '<!doctype html><html><body><h1>Riot &amp; fire</h1><script>alert(1)</script><p>Shops were looted.</p></body></html>');
  w('notes.md', '# Strike spreads\n\nWorkers at **three plants** walked out, [the union](http://x.example) said.\n');
  w('ok2.txt', STORY);
  symlinkSync(join(dir, 'ok.txt'), join(dir, 'link.txt'));
  symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'dangling.txt'));
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'nested.txt'), STORY.replace('Sunday', 'Monday'));
  // An oversized article: larger than the reader's cap, written in chunks.
  const chunk = `${'Police detained dozens of people in the square. '.repeat(1000)}\n\n`;
  const big = Buffer.from(`Huge report\n\n${chunk.repeat(Math.ceil((MAX_ARTICLE_BYTES * 2) / chunk.length))}`);
  w('huge.txt', big);
  result = ingestInputs(readCorpus(dir));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile input battery', () => {
  it('reports every entry of the folder, nested ones included', () => {
    expect(result.inputs.map((i) => i.file).sort()).toEqual(
      ['blank.txt', 'bom.txt', 'cp1252.txt', 'cr.txt', 'crlf.txt', 'dangling.txt', 'empty.txt', 'huge.txt', 'link.txt',
        'long-line.txt', 'notes.md', 'nul.txt', 'ok.txt', 'ok2.txt', 'page.txt', 'photo.png', 'pipe.txt', 'scan.pdf.txt', 'sub/nested.txt', 'utf16.txt'].sort(),
    );
  });

  const skipped: Array<[file: string, reason: RegExp]> = [
    ['empty.txt', /empty file/],
    ['blank.txt', /whitespace only/],
    ['scan.pdf.txt', /binary file \(PDF\)/],
    ['photo.png', /binary file \(PNG\)/],
    ['nul.txt', /binary/],
  ];
  it.each(skipped)('skips %s with a reason', (file, reason) => {
    expect(report(file)).toMatchObject({ status: 'skipped', reason: expect.stringMatching(reason) });
  });

  const failed: Array<[file: string, reason: RegExp]> = [
    ['link.txt', /symbolic link/],
    ['dangling.txt', /symbolic link/],
    ['pipe.txt', /not a regular file/],
  ];
  it.each(failed)('reports %s as not read, with a reason', (file, reason) => {
    expect(report(file)).toMatchObject({ status: 'failed', sha256: null, reason: expect.stringMatching(reason) });
  });

  it('processes the decodable files, each to the same text', () => {
    for (const file of ['ok.txt', 'bom.txt', 'utf16.txt', 'crlf.txt', 'cr.txt']) {
      expect(report(file).status, file).toBe('ok');
      expect(article(file).text, file).toBe(STORY);
      expect(article(file).title, file).toBe('Protesters clash with police');
    }
    expect(report('utf16.txt').reason).toMatch(/utf-16le/);
  });

  it('decodes Windows-1252 smart quotes', () => {
    expect(article('cp1252.txt').text).toContain('He said “enough”.');
    expect(report('cp1252.txt').reason).toMatch(/windows-1252/);
  });

  it('strips an HTML page to its text, scripts dropped', () => {
    const a = article('page.txt');
    expect(a.title).toBe('Riot & fire');
    expect(a.text).toContain('Shops were looted.');
    expect(a.text).not.toContain('alert');
  });

  it('strips Markdown to its text', () => {
    expect(article('notes.md').text).toBe('Strike spreads\n\nWorkers at three plants walked out, the union said.');
  });

  it('keeps a 200,000-word line whole', () => {
    expect(article('long-line.txt').text.length).toBeGreaterThan(1_000_000);
  });

  it('skips a byte-identical copy as a duplicate of the first by name', () => {
    expect(report('ok.txt').status).toBe('ok');
    expect(report('ok2.txt')).toMatchObject({ status: 'skipped', reason: 'duplicate of ok.txt' });
  });

  it('caps an oversized article and says so', () => {
    const r = report('huge.txt');
    expect(r.status).toBe('ok');
    expect(r.reason).toMatch(/^truncated: read the first 2\.0 MiB of 4\.0 MiB/);
    expect(article('huge.txt').text.length).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
  });
});
