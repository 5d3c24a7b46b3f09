// Reads the committed gazetteer files and parses them once: path → Gazetteer.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Gazetteer } from '../types';
import { parseGazetteer } from '../geo/gazetteer-format';

/** Where `npm run gazetteer` writes the gazetteer, relative to the project root. */
export const DEFAULT_GAZETTEER_PATH = 'data/gazetteer/gazetteer.tsv';
/** The word-class lexicon that `npm run gazetteer` writes beside the gazetteer. */
const LEXICON_FILE = 'lexicon.tsv';
/** The sorted name index that `npm run gazetteer` writes beside the gazetteer. */
const INDEX_FILE = 'index.tsv';

export function readGazetteer(path: string = DEFAULT_GAZETTEER_PATH): Gazetteer {
  const full = resolve(path);
  const beside = (file: string) => {
    const p = join(dirname(full), file);
    return existsSync(p) ? readFileSync(p) : undefined;
  };
  // the rows and the index as bytes: the parser decodes only the lines a run asks for
  return parseGazetteer(readFileSync(full), { index: beside(INDEX_FILE), lexicon: beside(LEXICON_FILE)?.toString('utf8') });
}
