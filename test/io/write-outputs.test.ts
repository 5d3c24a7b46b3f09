// Output files are written in slices: the bytes on disk must be the string's UTF-8, whatever falls on a cut.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeOutputs, writeTextFile } from '../../lib/io/write-outputs';

const root = mkdtempSync(join(tmpdir(), 'mapwire-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeTextFile', () => {
  it('writes exactly the UTF-8 of the joined pieces for any buffer size, pairs split between pieces and lone halves included', () => {
    const path = join(root, 'any.txt');
    // any UTF-16 code units, with the surrogate range drawn often
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff })).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 20 }), { maxLength: 8 }), fc.integer({ min: 6, max: 21 }), (pieces, bytes) => {
        writeTextFile(path, pieces, bytes);
        expect(readFileSync(path).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the halves of a pair together, whether a slice ends on the first or two pieces split them', () => {
    const path = join(root, 'pair.txt');
    // "a😀b" in a buffer of two units: the cut after two units would fall inside the emoji
    writeTextFile(path, ['a\u{1F600}b'], 6);
    expect(readFileSync(path, 'utf8')).toBe('a\u{1F600}b');
    writeTextFile(path, ['a\uD83D', '\uDE00b'], 6);
    expect(readFileSync(path, 'utf8')).toBe('a\u{1F600}b');
    writeTextFile(path, ['\uD83D', '', '\uDE00'], 6);
    expect(readFileSync(path, 'utf8')).toBe('\u{1F600}');
  });
});

describe('writeOutputs', () => {
  it('writes every file under its name and leaves no temporary file behind', () => {
    const dir = join(root, 'out');
    writeOutputs(dir, { 'a.json': ['{"quote": ', '"“Kraków”"}\n'], 'b.geojson': [] });
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.geojson']);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"quote": "“Kraków”"}\n');
    expect(readFileSync(join(dir, 'b.geojson'), 'utf8')).toBe('');
  });
});
