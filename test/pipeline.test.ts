// The whole pipeline on corpora shaped to break it: many tiny files, no places, thousands of places.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../lib/io/read-corpus';
import { readGazetteer } from '../lib/io/read-gazetteer';
import { runPipeline } from '../lib/pipeline';
import { toOutputFiles } from '../lib/emit/to-output-files';

const gazetteer = readGazetteer();
const ctx = Object.freeze({ gazetteer });
const temps: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mapwire-pipeline-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('runPipeline on extreme corpora', () => {
  it('lists each of 10,000 tiny files in the manifest and processes them all', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++) files[`n${String(i).padStart(5, '0')}.txt`] = `Note ${i}\n\nPolice detained ${i % 50} people on Monday.\n`;
    const result = runPipeline(readCorpus(folder(files)), ctx);
    expect(result.inputs).toHaveLength(10_000);
    expect(result.inputs.every((i) => i.status === 'ok')).toBe(true);
    expect(result.articles).toHaveLength(10_000);
    const manifest = JSON.parse([...(toOutputFiles(result, gazetteer, null)['manifest.json'] ?? ['{}'])].join(''));
    expect(manifest.counts).toMatchObject({ inputs: 10_000, ok: 10_000, sources: 10_000 });
  }, 300_000);

  it('processes an article that names no place, keeping its incidents country-less', () => {
    const result = runPipeline(
      readCorpus(folder({ 'noplace.txt': 'Workers strike over pay\n\nHundreds of workers went on strike on Tuesday, the union said.\n' })),
      ctx,
    );
    expect(result.articles).toHaveLength(1);
    expect(result.places.filter((p) => p.geonameid !== null)).toEqual([]);
    for (const incident of result.incidents) expect(incident.place).toBeNull();
  });

  it('processes an article naming 2,000 places, each mention slicing its text', () => {
    const names = new Set<string>();
    for (const key of gazetteer.keys()) {
      for (const id of gazetteer.lookup(key)) {
        const e = gazetteer.get(id);
        if (e?.kind === 'city' && e.population > 50_000 && /^[A-Z][a-z]{3,}$/.test(e.name)) names.add(e.name);
      }
      if (names.size >= 2000) break;
    }
    const unique = [...names].slice(0, 2000);
    expect(unique).toHaveLength(2000);
    const sentences = unique.map((n, i) => `Protesters marched in ${n} on day ${i}.`);
    const text = `Protests everywhere\n\n${sentences.join(' ')}\n`;
    const result = runPipeline(readCorpus(folder({ 'many.txt': text })), ctx);
    const article = result.articles[0];
    expect(article).toBeDefined();
    const resolved = result.places.filter((p) => p.geonameid !== null);
    expect(resolved.length).toBeGreaterThan(1500);
    for (const p of result.places) expect(article?.text.slice(p.start, p.end)).toBe(p.text);
  }, 300_000);
});
