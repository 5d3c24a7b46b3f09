import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatViewState } from '../../lib/view-state/format-view-state';
import { parseViewState } from '../../lib/view-state/parse-view-state';
import { DEFAULT_VIEW_STATE, INCIDENT_TYPES, LAYERS, PANELS, TABLE_COLUMNS, type ViewState } from '../../lib/view-state/view-state';

describe('parseViewState', () => {
  const cases: Array<[name: string, search: string, hash: string, expected: Partial<ViewState>]> = [
    ['reads the OSM-style map hash', '', '#map=6/43.25/76.95', { map: { zoom: 6, lat: 43.25, lon: 76.95 } }],
    ['reads a selected place', '?place=1526384', '', { place: '1526384' }],
    ['reads filters', '?type=riot,clash&actor=a1&source=003_a5c&q=tear%20gas&from=2022-01-04&to=2022-01-07',
      '', { types: ['riot', 'clash'], actor: 'a1', source: '003_a5c', q: 'tear gas', from: '2022-01-04', to: '2022-01-07' }],
    ['reads the panel and embed mode', '?panel=table&embed=1', '', { panel: 'table', embed: true }],
    ['finds map among other hash keys', '', '#layers=X&map=3/-10.5/20', { map: { zoom: 3, lat: -10.5, lon: 20 } }],
    ['drops duplicate types', '?type=riot,riot', '', { types: ['riot'] }],
    ['joins repeated type parameters', '?type=riot&type=clash&type=riot', '', { types: ['riot', 'clash'] }],
    ['takes a repeated parameter with one value', '?place=42&place=42', '', { place: '42' }],
    ['ignores parameters it does not know', '?utm_source=chat&fbclid=x', '', {}],
    ['reads a leap day', '?from=2024-02-29', '', { from: '2024-02-29' }],
    ['reads hidden layers in a fixed order', '?hide=places,actors', '', { hidden: ['actors', 'places'] }],
    ['joins repeated hide parameters', '?hide=reactions&hide=named,reactions', '', { hidden: ['named', 'reactions'] }],
    ['reads an ascending sort', '?panel=table&sort=killed', '', { panel: 'table', sort: { column: 'killed', descending: false } }],
    ['reads a descending sort', '?sort=-date', '', { sort: { column: 'date', descending: true } }],
  ];
  test.each(cases)('%s', (_name, search, hash, expected) => {
    const { state, problems } = parseViewState(search, hash);
    expect(problems).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, ...expected });
  });

  const malformed: Array<[name: string, search: string, hash: string, field: keyof ViewState]> = [
    ['a map hash with two parts', '', '#map=6/43.25', 'map'],
    ['a latitude out of range', '', '#map=6/95/10', 'map'],
    ['a zoom out of range', '', '#map=42/10/10', 'map'],
    ['words in the map hash', '', '#map=six/ten/ten', 'map'],
    ['an empty coordinate', '', '#map=6//10', 'map'],
    ['markup in a place id', '?place=%3Cscript%3Ealert(1)%3C/script%3E', '', 'place'],
    ['an unknown panel', '?panel=settings', '', 'panel'],
    ['an unknown incident type', '?type=parade', '', 'types'],
    ['an impossible date', '?from=2022-13-45', '', 'from'],
    ['a range that ends before it starts', '?from=2022-01-07&to=2022-01-01', '', 'from'],
    ['a day the month does not have', '?from=2022-02-30', '', 'from'],
    ['coordinates off the globe', '', '#map=99/999/999', 'map'],
    ['a number too long for a double', '', `#map=5/${'9'.repeat(400)}/1`, 'map'],
    ['exponent notation', '', '#map=1e1/10/10', 'map'],
    ['a bad percent escape in the hash', '', '#map=%E0%A4%A', 'map'],
    ['markup in the hash', '', '#map=<img src=x onerror=alert(1)>', 'map'],
    ['a repeated place with two values', '?place=a&place=b', '', 'place'],
    ['a prototype key as panel', '?panel=__proto__', '', 'panel'],
    ['a javascript: URL as source', '?source=javascript:alert(1)', '', 'source'],
    ['an id longer than any we write', `?incident=${'a'.repeat(129)}`, '', 'incident'],
    ['an unknown layer', '?hide=satellite', '', 'hidden'],
    ['a layer label instead of its key', '?hide=Incident%20places', '', 'hidden'],
    ['an unknown sort column', '?sort=fatalities', '', 'sort'],
    ['a sort with two signs', '?sort=--date', '', 'sort'],
    ['a sort as a prototype key', '?sort=__proto__', '', 'sort'],
    ['two different sorts', '?sort=date&sort=-date', '', 'sort'],
  ];
  test.each(malformed)('falls back to the default view on %s, with a problem', (_name, search, hash, field) => {
    const { state, problems } = parseViewState(search, hash);
    expect(problems).toHaveLength(1);
    expect(state[field]).toEqual(DEFAULT_VIEW_STATE[field]);
  });

  test('keeps the known layers when one is unknown', () => {
    const { state, problems } = parseViewState('?hide=places,satellite,actors', '');
    expect(problems).toEqual(['ignored unknown map layer "satellite"']);
    expect(state.hidden).toEqual(['actors', 'places']);
  });

  test('keeps valid parameters when another one is malformed', () => {
    const { state, problems } = parseViewState('?place=42&panel=nope', '#map=5/1/2');
    expect(problems).toHaveLength(1);
    expect(state.place).toBe('42');
    expect(state.map).toEqual({ zoom: 5, lat: 1, lon: 2 });
  });

  test('a 100 kB link keeps a short notice and a short search', () => {
    const junkTypes = Array.from({ length: 10_000 }, (_, i) => `t${i}`).join(',');
    const search = `?q=${'a'.repeat(100_000)}&type=${junkTypes}&place=${'x'.repeat(50_000)}`;
    const { state, problems } = parseViewState(search, `#map=${'1/'.repeat(50_000)}`);
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, q: 'a'.repeat(200) });
    expect(problems.length).toBeLessThanOrEqual(5);
    expect(problems.join('; ').length).toBeLessThan(600);
  });

  test('lists at most five problems', () => {
    const { problems } = parseViewState('?place=<&incident=<&actor=<&source=<&panel=<&from=<&to=<', '#map=x');
    expect(problems).toHaveLength(5);
    expect(problems[4]).toBe('4 more problems');
  });

  test('never throws on junk', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (search, hash) => {
      parseViewState(search, hash);
    }));
  });
});

describe('formatViewState', () => {
  test('leaves the default view out of the link', () => {
    expect(formatViewState(DEFAULT_VIEW_STATE)).toEqual({ search: '', hash: '' });
  });

  test('writes hidden layers in a fixed order and the sort with a sign', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      panel: 'table',
      hidden: ['places', 'actors'],
      sort: { column: 'date', descending: true },
    };
    expect(formatViewState(state).search).toBe('?panel=table&sort=-date&hide=actors,places');
    expect(formatViewState({ ...DEFAULT_VIEW_STATE, sort: { column: 'killed', descending: false } }).search).toBe(
      '?sort=killed',
    );
  });

  test('rounds coordinates to what the zoom can show', () => {
    const map = { zoom: 4, lat: 43.256789, lon: 76.928612 };
    expect(formatViewState({ ...DEFAULT_VIEW_STATE, map }).hash).toBe('#map=4/43.26/76.93');
    expect(formatViewState({ ...DEFAULT_VIEW_STATE, map: { ...map, zoom: 12 } }).hash).toBe('#map=12/43.25679/76.92861');
  });

  test('round-trips through parseViewState', () => {
    const state = fc.record({
      map: fc.option(fc.record({
        zoom: fc.integer({ min: 0, max: 19 }),
        lat: fc.double({ min: -90, max: 90, noNaN: true }).map((x) => Math.round(x * 100) / 100),
        lon: fc.double({ min: -180, max: 180, noNaN: true }).map((x) => Math.round(x * 100) / 100),
      })),
      place: fc.option(fc.stringMatching(/^[\w.:-]{1,20}$/)),
      incident: fc.option(fc.stringMatching(/^[\w.:-]{1,20}$/)),
      panel: fc.constantFrom(...PANELS),
      types: fc.uniqueArray(fc.constantFrom(...INCIDENT_TYPES)),
      actor: fc.option(fc.stringMatching(/^[\w.:-]{1,20}$/)),
      source: fc.option(fc.stringMatching(/^[\w.:-]{1,20}$/)),
      q: fc.string({ maxLength: 30 }).map((s) => s.trim()),
      from: fc.constant(null),
      to: fc.option(fc.constantFrom('2022-01-05', '2023-12-31')),
      embed: fc.boolean(),
      // Parsing returns layers in LAYERS order.
      hidden: fc.subarray([...LAYERS]),
      sort: fc.record({ column: fc.constantFrom(...TABLE_COLUMNS), descending: fc.boolean() }),
    });
    fc.assert(fc.property(state, (s) => {
      const normalised = { ...s, map: s.map && { zoom: s.map.zoom, lat: s.map.lat + 0, lon: s.map.lon + 0 } };
      const { search, hash } = formatViewState(normalised);
      const parsed = parseViewState(search, hash);
      expect(parsed.problems).toEqual([]);
      expect(parsed.state).toEqual(normalised);
    }));
  });
});
