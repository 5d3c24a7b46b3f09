// Gazetteer entry → its display name folded as a lookup key, worked out once per entry.
// The filter and the resolver ask it of every reading of every name in every text ("Washington" has hundreds).
import type { GazetteerEntry } from '../types';
import { foldName } from './fold-name';

const FOLDED_NAMES = new WeakMap<GazetteerEntry, string>();

/** @example foldedNameOf({name: "Port-au-Prince", …}) === "port au prince" */
export function foldedNameOf(e: GazetteerEntry): string {
  let folded = FOLDED_NAMES.get(e);
  if (folded === undefined) {
    folded = foldName(e.name);
    FOLDED_NAMES.set(e, folded);
  }
  return folded;
}
