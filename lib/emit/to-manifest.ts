// Run summary → manifest.json: every input with its status, counts, and where the gazetteer came from.
import type { CorpusResult, Gazetteer } from '../types';

/** Version of the output files' shape (data/SCHEMA.md); bump on any breaking change. */
export const SCHEMA_VERSION = 1;

export interface Manifest {
  version: number;
  /** ISO time of the run when the caller stamps it; null keeps repeated runs byte-identical. */
  generatedAt: string | null;
  inputs: CorpusResult['inputs'];
  counts: { inputs: number; ok: number; skipped: number; failed: number; sources: number; places: number; incidents: number; actors: number };
  gazetteer: { source: string; entries: number };
}

export function toManifest(result: CorpusResult, placeCount: number, gazetteer: Gazetteer, generatedAt: string | null): Manifest {
  const count = (status: string) => result.inputs.filter((i) => i.status === status).length;
  return {
    version: SCHEMA_VERSION,
    generatedAt,
    inputs: [...result.inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    counts: {
      inputs: result.inputs.length,
      ok: count('ok'),
      skipped: count('skipped'),
      failed: count('failed'),
      sources: result.articles.length,
      places: placeCount,
      incidents: result.incidents.length,
      actors: result.actors.length,
    },
    gazetteer: { source: 'GeoNames (geonames.org, CC BY 4.0) via data/gazetteer/gazetteer.tsv', entries: gazetteer.size },
  };
}
