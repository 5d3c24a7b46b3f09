import { describe, expect, it } from 'vitest';
import { scoreGeoparse, formatGeoparseReport, type GeoparseGoldDoc } from '../../lib/eval/geoparse';
import type { Toponym } from '../../lib/geo/toponym';

const gold: GeoparseGoldDoc[] = [
  {
    id: 'a',
    text: 'Clashes in Almaty and Aktau.',
    toponyms: [
      { start: 11, end: 17, lat: 43.25, lon: 76.92 },
      { start: 22, end: 27, lat: 43.65, lon: 51.17 },
    ],
  },
];
const toponym = (start: number, end: number, lat: number | null, lon: number | null): Toponym => ({
  start, end, text: '', name: '', lat, lon, geonameid: null, country: null, kind: 'city',
});

describe('scoreGeoparse', () => {
  it('scores a perfect prediction as perfect', () => {
    const s = scoreGeoparse(gold, new Map([['a', [toponym(11, 17, 43.25, 76.92), toponym(22, 27, 43.65, 51.17)]]]));
    expect(s).toMatchObject({ precision: 1, recall: 1, f1: 1, acc161: 1, medianKm: 0, auc: 0 });
  });

  it('matches spans by overlap and counts a wrong place as a far error', () => {
    // "Almaty" found as "Almaty and" (overlap), Aktau placed in Paris, one spurious toponym.
    const s = scoreGeoparse(gold, new Map([['a', [toponym(11, 21, 43.25, 76.92), toponym(22, 27, 48.85, 2.35), toponym(0, 7, 0, 0)]]]));
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBe(1);
    expect(s.acc161).toBe(0.5);
    expect(s.counts).toMatchObject({ gold: 2, predicted: 3, matched: 2 });
    expect(formatGeoparseReport(s)).toContain('acc@161 0.500');
  });

  it('counts an unresolved match as the largest error', () => {
    const s = scoreGeoparse(gold, new Map([['a', [toponym(11, 17, null, null)]]]));
    expect(s.medianKm).toBe(20039);
    expect(s.counts.unresolved).toBe(1);
  });
});
