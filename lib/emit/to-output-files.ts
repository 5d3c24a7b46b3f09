// CorpusResult → the text of every file in data/generated (pure; lib/io/write-outputs.ts writes them).
import type { CorpusResult, Gazetteer } from '../types';
import { toSources } from './to-sources';
import { toPlacesGeoJson } from './to-places-geojson';
import { toIncidentsGeoJson } from './to-incidents-geojson';
import { toManifest } from './to-manifest';

/** File name → contents. Arrays are sorted by id so that the same corpus always gives the same bytes. */
export function toOutputFiles(result: CorpusResult, gazetteer: Gazetteer, generatedAt: string | null): Record<string, string> {
  const places = toPlacesGeoJson(result.places, gazetteer);
  const actors = [...result.actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;
  return {
    'sources.json': json(toSources(result.articles)),
    'places.geojson': json(places),
    'incidents.geojson': json(toIncidentsGeoJson(result.incidents)),
    'actors.json': json(actors),
    'manifest.json': json(toManifest(result, places.features.length, gazetteer, generatedAt)),
  };
}
