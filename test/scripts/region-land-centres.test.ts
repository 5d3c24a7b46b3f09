import { describe, expect, it } from 'vitest';
import { regionLandCentres, type Rings } from '../../scripts/region-land-centres';
import { readGazetteer } from '../../lib/io/read-gazetteer';

describe('regionLandCentres', () => {
  // A country 10° wide and 4° tall on the equator, with one town in the west and two in the east.
  const country: Rings = [
    [
      [0, 0],
      [10, 0],
      [10, 4],
      [0, 4],
      [0, 0],
    ],
  ];

  it('gives each region the land nearest to its towns', () => {
    const centres = regionLandCentres([country], [
      { lon: 1, lat: 2, region: 'XX.W' },
      { lon: 8, lat: 1, region: 'XX.E' },
      { lon: 9, lat: 3, region: 'XX.E' },
    ]);
    const [wLon = 0, wLat = 0] = centres.get('XX.W') ?? [];
    const [eLon = 0, eLat = 0] = centres.get('XX.E') ?? [];
    // The west town's land runs to the bisector near lon 4.5: its centre is near lon 2.25, not at the town.
    expect(wLon).toBeGreaterThan(1.8);
    expect(wLon).toBeLessThan(2.8);
    expect(eLon).toBeGreaterThan(6.5);
    expect(wLat).toBeCloseTo(2, 0);
    expect(eLat).toBeCloseTo(2, 0);
  });

  it('leaves holes out of the land', () => {
    const withLake: Rings = [
      ...country,
      [
        [5, 0.5],
        [9.5, 0.5],
        [9.5, 3.5],
        [5, 3.5],
        [5, 0.5],
      ],
    ];
    const solid = regionLandCentres([country], [{ lon: 5, lat: 2, region: 'XX.A' }]).get('XX.A')!;
    const holed = regionLandCentres([withLake], [{ lon: 5, lat: 2, region: 'XX.A' }]).get('XX.A')!;
    expect(solid[0]).toBeCloseTo(5, 1);
    // Most of the east is lake: the land's centre moves west.
    expect(holed[0]).toBeLessThan(4);
  });

  it('returns nothing without towns or land', () => {
    expect(regionLandCentres([], [{ lon: 0, lat: 0, region: 'XX.A' }]).size).toBe(0);
    expect(regionLandCentres([country], []).size).toBe(0);
  });
});

describe('built gazetteer: regions sit on their land, not among their towns', () => {
  const gazetteer = readGazetteer();
  const region = (name: string, country: string) =>
    gazetteer
      .lookup(name.toLowerCase())
      .map((id) => gazetteer.get(id)!)
      .find((e) => e.featureCode === 'ADM1' && e.country === country);

  // Provinces whose towns crowd one edge: the centre of the land lies far from the towns' mean.
  it.each([
    ['Ontario', 'CA', 48.5, 51],
    ['Queensland', 'AU', -24, -21],
    ['Alberta', 'CA', 54, 56],
  ])('%s lies between latitudes %d and %d', (name, country, low, high) => {
    const e = region(name, country);
    expect(e?.lat).toBeGreaterThan(low);
    expect(e?.lat).toBeLessThan(high);
  });
});
