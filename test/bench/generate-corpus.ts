// Synthetic corpora for benchmarks: N articles recombining real seed sentences, with the places they
// name swapped for cities drawn from the gazetteer, so geoparsing and merging see realistic text at scale.
import type { Article, Gazetteer, GazetteerEntry, PlaceMention } from '../../lib/types';

export interface GeneratedArticle {
  file: string;
  text: string;
}

/** Deterministic PRNG (mulberry32), so a benchmark corpus is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Template {
  text: string;
  /** Place spans inside the sentence, to be swapped. */
  places: Array<{ start: number; end: number }>;
}

/** Cuts the running text of the seed articles into sentence templates with their place spans. */
export function toTemplates(articles: readonly Article[], mentions: readonly PlaceMention[]): Template[] {
  const templates: Template[] = [];
  for (const article of articles) {
    const skip = [...article.furniture, ...article.captions, article.titleSpan];
    // A sentence starts at a non-space and runs to its final punctuation.
    const re = /[^\s.!?][^.!?\n]*[.!?]+["”’]?/g;
    for (let m = re.exec(article.text); m; m = re.exec(article.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (skip.some((s) => s.start < end && start < s.end) || m[0].trim().split(/\s+/).length < 6) continue;
      const places = mentions
        .filter((p) => p.articleId === article.id && p.start >= start && p.end <= end && p.geonameid !== null)
        .map((p) => ({ start: p.start - start, end: p.end - start }));
      templates.push({ text: m[0], places });
    }
  }
  return templates;
}

/** Writes `n` articles of 8–30 sentences each, every article set in one random country's cities. */
export function generateCorpus(templates: readonly Template[], gazetteer: Gazetteer, cities: readonly GazetteerEntry[], n: number, seed = 1): GeneratedArticle[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < n; i++) {
    const home = pick(cities);
    const local = cities.filter((c) => c.country === home.country);
    const sentences: string[] = [];
    const count = 8 + Math.floor(rand() * 23);
    for (let s = 0; s < count; s++) {
      const t = pick(templates);
      let text = t.text;
      for (const p of [...t.places].sort((a, b) => b.start - a.start)) {
        text = text.slice(0, p.start) + pick(local.length ? local : cities).name + text.slice(p.end);
      }
      sentences.push(text);
    }
    const country = gazetteer.country(home.country)?.name ?? home.country;
    const paragraphs: string[] = [];
    for (let s = 0; s < sentences.length; s += 3) paragraphs.push(sentences.slice(s, s + 3).join(' '));
    out.push({ file: `article-${String(i).padStart(6, '0')}.txt`, text: `Unrest in ${home.name}, ${country}\n\n${paragraphs.join('\n\n')}\n` });
  }
  return out;
}
