// CorpusResult → the text of every file in data/generated, piece by piece (pure; lib/io/write-outputs.ts writes them).
import type { CorpusResult, Gazetteer } from '../types';
import { toSources } from './to-sources';
import { toPlacesGeoJson } from './to-places-geojson';
import { toIncidentsGeoJson } from './to-incidents-geojson';
import { toManifest } from './to-manifest';
import { jsonPieces } from './json-pieces';

/** File name → its text in pieces, to be joined or written in turn (each iterable can be read once). */
export type OutputFiles = Record<string, Iterable<string>>;

/** The file's text: the value as JSON, one space per level of indentation, and a final newline. */
function* json(value: unknown): Generator<string> {
  yield* jsonPieces(value);
  yield '\n';
}

/** File name → contents. Arrays are sorted by id so that the same corpus always gives the same bytes. */
export function toOutputFiles(result: CorpusResult, gazetteer: Gazetteer, generatedAt: string | null): OutputFiles {
  const places = toPlacesGeoJson(result.places, gazetteer);
  const actors = [...result.actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    'sources.json': json(toSources(result.articles)),
    'places.geojson': json(places),
    'incidents.geojson': json(toIncidentsGeoJson(result.incidents)),
    'actors.json': json(actors),
    'manifest.json': json(toManifest(result, places.features.length, gazetteer, generatedAt)),
  };
}
