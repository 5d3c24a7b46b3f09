import { describe, expect, test } from 'vitest';
import { loadDashboard } from '../../lib/data';
import { matchOptions, prepareOptions, toActorOptions, toSourceOptions } from '../../app/(map)/_components/pick-options';

const { actors, sources } = loadDashboard('data/generated');
// the options as the filters build them
const actorOptions = prepareOptions(toActorOptions(actors));
const sourceOptions = prepareOptions(toSourceOptions(sources));
const labels = (typed: string, limit = 50) => matchOptions(actorOptions, typed, limit).shown.map((o) => o.label);

describe('matchOptions on the seeds', () => {
  test('nothing typed offers the whole list in its order, up to the limit', () => {
    expect(matchOptions(actorOptions, '', 1000).shown.map((o) => o.id)).toEqual(actors.map((a) => a.id));
    const firstFive = matchOptions(actorOptions, '  ', 5);
    expect(firstFive.shown).toHaveLength(5);
    expect(firstFive.total).toBe(actors.length);
  });

  test('labels that begin with what is typed come first, then labels with a word that does', () => {
    const found = labels('kaz');
    // "Kazakh journalists" and "Kazakhstan" begin with it; "Government of Kazakhstan" has a word that does
    expect(found.slice(0, 3)).toEqual(expect.arrayContaining(['Kazakh journalists', 'Kazakh protesters', 'Kazakhstan']));
    expect(found.indexOf('Kazakhstan')).toBeLessThan(found.indexOf('Government of Kazakhstan'));
    expect(found).toContain('Security Council of Kazakhstan');
    expect(found).not.toContain('Russia');
  });

  test('each word typed must begin a word: "sec kaz" finds the Kazakh security forces and council, not Russia\'s', () => {
    const found = labels('sec kaz');
    expect(found).toEqual(expect.arrayContaining(['Kazakh security forces', 'Security Council of Kazakhstan']));
    expect(found).not.toContain('Russian security forces');
  });

  test('an alias finds its actor without being shown: "tokayev" and "psaki" by surname, "police" by alias', () => {
    expect(labels('tokayev')).toEqual(['Kassym-Jomart Tokayev']);
    expect(labels('Psaki')).toEqual(['Jen Psaki']);
    expect(labels('police')).toEqual(['Kazakh security forces']);
  });

  test('case, punctuation and diacritics do not matter, and what matches nothing offers nothing', () => {
    expect(labels('KASSYM JOMART')).toEqual(['Kassym-Jomart Tokayev']);
    expect(labels('von der léyen')).toEqual(['Ursula von der Leyen']);
    expect(matchOptions(actorOptions, 'zzz', 10)).toEqual({ shown: [], total: 0 });
    // only punctuation is as good as nothing typed
    expect(matchOptions(actorOptions, ' - ', 1000).total).toBe(actors.length);
  });

  test('the shown detail is not searched: an actor\'s count of mentions matches nothing', () => {
    expect(actorOptions.find((o) => o.label === 'Jen Psaki')?.detail).toBe('one mention');
    expect(labels('mention')).toEqual([]);
    expect(labels('25')).toEqual([]);
  });

  test('sources are found by title words, outlet and file name; the count is of every match', () => {
    const byTitle = matchOptions(sourceOptions, 'lethal force', 10).shown.map((o) => o.id);
    expect(byTitle).toEqual(['001_c454f4e711bad282']);
    expect(matchOptions(sourceOptions, 'cnbc', 10).shown.map((o) => o.id)).toEqual(['003_a5c2a1ac9a5ab392']);
    expect(matchOptions(sourceOptions, '004', 10).shown.map((o) => o.id)).toEqual(['004_e89f6e1c52873cab']);
    const kill = matchOptions(sourceOptions, 'kill', 2);
    expect(kill.shown).toHaveLength(2);
    expect(kill.total).toBe(3);
  });
});
