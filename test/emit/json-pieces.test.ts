// Output files are written piece by piece: the pieces must join to exactly what JSON.stringify(value, null, 1) gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { jsonPieces } from '../../lib/emit/json-pieces';

const joined = (value: unknown) => [...jsonPieces(value)].join('');

describe('jsonPieces', () => {
  it('joins to the text of JSON.stringify(value, null, 1) for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(joined(value)).toBe(JSON.stringify(value, null, 1));
      }),
      { numRuns: 500 },
    );
  });

  it('writes holes, undefined and functions as JSON.stringify does, and dates through their toJSON', () => {
    const value = {
      skipped: undefined,
      list: [undefined, () => 1, 2, , { deep: [undefined] }], // eslint-disable-line no-sparse-arrays
      when: new Date(Date.UTC(2020, 7, 9)),
      empty: { gone: undefined },
      none: [],
      nested: { records: [{ text: 'line one\nline two “quoted”' }] },
    };
    expect(joined(value)).toBe(JSON.stringify(value, null, 1));
    expect(joined([new Date(0)])).toBe(JSON.stringify([new Date(0)], null, 1));
  });

  it('gives an output file one piece per record', () => {
    const collection = { type: 'FeatureCollection', features: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
    const pieces = [...jsonPieces(collection)];
    expect(pieces.filter((p) => p.includes('"id"'))).toHaveLength(3);
  });

  it('rebuilds the seeds’ incidents file as written', () => {
    const text = readFileSync('data/generated/incidents.geojson', 'utf8');
    expect(`${joined(JSON.parse(text))}\n`).toBe(text);
  });

  it('refuses a value that has no JSON text', () => {
    expect(() => [...jsonPieces(undefined)]).toThrow(TypeError);
  });
});
