// Reads the committed gazetteer file and parses it once: path → Gazetteer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Gazetteer } from '../types';
import { parseGazetteer } from '../geo/gazetteer-format';

/** Where `npm run gazetteer` writes the gazetteer, relative to the project root. */
export const DEFAULT_GAZETTEER_PATH = 'data/gazetteer/gazetteer.tsv';

export function readGazetteer(path: string = DEFAULT_GAZETTEER_PATH): Gazetteer {
  return parseGazetteer(readFileSync(resolve(path), 'utf8'));
}
