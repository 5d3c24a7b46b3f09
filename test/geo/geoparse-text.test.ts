import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { geoparseText } from '../../lib/geo/geoparse-text';
import { readGazetteer } from '../../lib/io/read-gazetteer';

const gazetteer = readGazetteer();
const surfaces = (text: string) => geoparseText(text, gazetteer).map((t) => t.text);
const find = (text: string, surface: string) => geoparseText(text, gazetteer).find((t) => t.text === surface);

describe('geoparseText recognition traps', () => {
  // [sentence, names that must be found, names that must not be]
  const cases: Array<[text: string, found: string[], notFound: string[]]> = [
    ['Kazakh President Gives Order To Forces To Kill To Quell Unrest', [], ['Kazakh', 'Kill']],
    ['Russian-led troops of the CSTO arrived in Almaty on Thursday.', ['Almaty'], ['Russian']],
    ['Jordan Henderson scored twice for the visitors.', [], ['Jordan']],
    ['The Washington Post reported the story on Friday.', [], ['Washington']],
    ['President Kassym-Jomart Tokayev addressed the nation on May 5.', [], ['May']],
    ['Police officers in Mansfield said the driver was injured.', ['Mansfield'], ['Police']],
    ['The protests spread to Aktau, Mangystau Province, on Sunday.', ['Aktau', 'Mangystau Province'], []],
    ['Chiquita Henry, 19, of 1935 Orchard St., Alexandria, was arrested.', ['Alexandria'], ['Henry', 'Orchard']],
    ['The fire at 6016 Dublin Road led to her arrest.', [], ['Dublin']],
    ['Most of the cuts, however, were made in Georgia.', ['Georgia'], ['Most']],
    ['A Washington-based group said the election in Minsk was rigged.', ['Washington', 'Minsk'], []],
    // A country's name is not its demonym, and "the" before it is lower case.
    ['Floods displaced thousands across the Philippines and Laos this week.', ['Philippines', 'Laos'], []],
    ['Dutch farms were culled after bird flu reached the Netherlands.', ['Netherlands'], ['Dutch']],
    ['Refugees fled the Democratic Republic of Congo for neighbouring Congo.', ['Democratic Republic of Congo', 'Congo'], []],
    ['Horses in NSW were vaccinated after the outbreak at a Sydney stable.', ['NSW', 'Sydney'], []],
    // Currencies, diseases, institutions and compounds built on place names.
    ['The donors pledged US$460 million to rebuild clinics in Haiti.', ['Haiti'], ['US']],
    ['The Marburg virus has killed dozens in Angola this year.', ['Angola'], ['Marburg']],
    ['A Cairo official told Agence France-Presse that the border was shut.', ['Cairo'], ['France']],
    ['She studied at the University of Georgia before moving to Atlanta.', ['Georgia', 'Atlanta'], ['University']],
    ['The Food and Drug Administration recalled eggs from farms in Iowa.', ['Iowa'], ['Drug']],
    ['Swabs were sent to the Wild Life Health Centre in Dorset for tests.', ['Dorset'], ['Centre']],
    ['Former US ambassador Dan Kurtz spoke in Cairo on Monday.', ['US', 'Cairo'], []],
    ['Sochi could become the Nice of Russia, he said.', ['Sochi', 'Nice', 'Russia'], []],
    // A short word in capitals is an acronym unless the place is written so: the town of Eu is not the EU.
    ['Envoys of the EU and the UN met officials from the US, the UK and the DRC.', ['US', 'UK', 'DRC'], ['EU', 'UN']],
    ['A joint mission of FAO and the WHO visited farms in NSW.', ['NSW'], ['FAO', 'WHO']],
    // Possessives and elided articles: "Peru’s" is Peru (not the district of Perus), "d’Ivoire" ends a name.
    ["As a result, all of Peru's 240 blood banks have been closed.", ['Peru'], []],
    ["Cases were confirmed in Côte d'Ivoire and Ghana.", ["Côte d'Ivoire", 'Ghana'], []],
    // A lower-case noun after a place is not a street: "a Bradford, Ontario court".
    ['He must appear in a Bradford, Ontario court on May 12.', ['Bradford', 'Ontario'], []],
    // A sentence's opening word is not a first name; a lower-case title before a first name makes a person.
    ["While Sydney's spring racing carnival was cancelled, Melbourne's went ahead.", ['Sydney', 'Melbourne'], []],
    ['New York state governor David Paterson declared a state of emergency.', ['New York'], ['David']],
    // Holidays and numbered streets are not places; an ordinal in words before a town is just a count.
    ["Crashes rose in Boston during the St. Patrick's Day holiday.", ['Boston'], ['Patrick']],
    ['Protesters met at Northwest Eighth Avenue and Northwest 34th Street in Gainesville.', ['Gainesville'], ['Street']],
    ['A fourth Oakland police officer died on Saturday.', ['Oakland'], []],
    // Small towns with the evidence local news gives: residence, a legislator's seat, a dateline, "a X man".
    ['A jury found Yancy Marriott, 52, of Gun Barrel City, guilty on Tuesday.', ['Gun Barrel City'], []],
    ['Rep. Torrey Westrom, R-Elbow Lake, said the talk was premature.', ['Elbow Lake'], []],
    ['CHISHOLM — Former Senate nominee Ned Lamont met supporters on Sunday.', ['CHISHOLM'], []],
    ['The woman admitted falsely accusing a Gun Barrel City man of assault.', ['Gun Barrel City'], []],
    ['A check of Edgar County Court records found no such case.', ['Edgar County'], []],
    // A person's name that is only another name of a city: Plovdiv was once Julia, Varna once Stalin.
    ['Analysts Sam and Julia said the plan would work, and Stalin was mentioned.', [], ['Julia', 'Stalin']],
    // A translated name is not the place without more: "White House" renders Casablanca's Arabic name.
    ['White House Press Secretary Jen Psaki said Washington would monitor the situation.', ['Washington'], ['White House']],
    // A title's name is a person, not a misspelt town: Kasimov in Russia is also spelt Cassim.
    ['President Kassim-Jomart Tokayev spoke after talks with Russia on Friday.', ['Russia'], ['Kassim']],
    // A feature the gazetteer lacks is not the town named like its first word; a state keeps its river.
    ['The virus was found on the German island Rügen in the Baltic Sea.', [], ['Baltic']],
    ['Barges on the Mississippi River were halted in Louisiana.', ['Mississippi', 'Louisiana'], []],
  ];
  it.each(cases)('%s', (text, found, notFound) => {
    const got = surfaces(text);
    for (const s of found) expect(got).toContain(s);
    for (const s of notFound) expect(got).not.toContain(s);
  });
});

describe('geoparseText resolution', () => {
  // [sentence, surface, expected country, expected geonameid or null for "any in that country"]
  const cases: Array<[text: string, surface: string, country: string, geonameid: number | null]> = [
    ['Nur-Sultan, the capital, was quiet as troops patrolled Almaty.', 'Nur-Sultan', 'KZ', 1526273],
    ['Protests broke out in Khazakstan after fuel prices doubled in Almaty and Aktau.', 'Khazakstan', 'KZ', 1522867],
    ['Oil workers in Aqtau and Zhanaozen went on strike, Kazakhstan media said.', 'Aqtau', 'KZ', 610612],
    ['Strikers in Mangistau and Almaty demanded lower gas prices in Kazakhstan.', 'Mangistau', 'KZ', 608879],
    ['Paris, Texas, is a small city in Lamar County in the north of the state.', 'Paris', 'US', null],
    ['Police in Paris and Lyon dispersed protesters as strikes spread across France.', 'Paris', 'FR', 2988507],
    ['Tanks rolled from Tbilisi towards Gori as Georgia mobilised its army.', 'Georgia', 'GE', 614540],
    ['Voters in Atlanta, Savannah and Macon turned out as Georgia counted ballots.', 'Georgia', 'US', 4197000],
    // Continents are GeoNames' own records, at GeoNames' points.
    ['Aid agencies warned that cholera was spreading across Africa.', 'Africa', '', 6255146],
    ['The strain has now been found in birds in Asia and Europe.', 'Europe', '', 6255148],
    ['Refugees fled the Democratic Republic of Congo for neighbouring Congo.', 'Congo', 'CG', 2260494],
    ['Horses in NSW were vaccinated after the outbreak at a Sydney stable.', 'NSW', 'AU', 2155400],
    // A capital stands for its government in a story that names countries; a region word asks for the region.
    ['Egypt cooperated closely with Washington on Gaza, officials in Cairo said.', 'Washington', 'US', 4140963],
    ['The cow came from a Washington state farm, officials in Canada said.', 'Washington', 'US', 5815135],
    ['Laws in Oregon and Washington allow it, a Japan study said.', 'Washington', 'US', 5815135],
    ['Most cases were in the state of Victoria, Singapore health officials said.', 'Victoria', 'AU', 2145234],
    // A bare name shared by a region and the city at its heart is the city; a region word asks for the region.
    ['Dozens were held in Minsk on Monday night.', 'Minsk', 'BY', 625144],
    ['Police detained protesters in Minsk on Sunday.', 'Minsk', 'BY', 625144],
    ['Troops were sent to the Mogilev and Gomel regions.', 'Gomel', 'BY', 628281],
    // A longer name in the text is no evidence for the shorter one: "Mexico" beside "Mexico City" is the country.
    ['Officials in Mexico urged calm. All schools in Mexico City have been closed.', 'Mexico', 'MX', 3996063],
    ['Officials in Mexico urged calm. All schools in Mexico City have been closed.', 'Mexico City', 'MX', 3530597],
    // The items of a list are alike: in a list of states, Indiana is the state, not the town in Pennsylvania.
    ['Michigan, Oregon, New Mexico, New York, Indiana, Ohio and Pennsylvania all report cases.', 'Indiana', 'US', 4921868],
    // Areas made of first-level regions, and areas across countries.
    ['Aid convoys reached camps in Darfur, Sudan, after the fighting.', 'Darfur', 'SD', null],
    ['Unrest across Java and Sumatra forced the closures.', 'Java', 'ID', null],
    ['The outbreak spread across West Africa within weeks.', 'West Africa', '', null],
    ['Prices rose in South Africa and across Southern Africa.', 'South Africa', 'ZA', 953987],
    // Between the items of a list a comma qualifies nothing: two counties of one Brazilian state named
    // Colorado and California do not make "Colorado, California" one inside the other.
    ['After around 300 in Colorado, California, and Minnesota became infected, eggs were recalled.', 'Colorado', 'US', 5417618],
    // A country's former name.
    ['The Ebola virus was first identified in 1976 in Zaire.', 'Zaire', 'CD', 203312],
  ];
  it.each(cases)('%s → %s', (text, surface, country, geonameid) => {
    const t = find(text, surface);
    expect(t?.country).toBe(country);
    if (geonameid !== null) expect(t?.geonameid).toBe(geonameid);
  });

  // Countries sit at their nominal centres, the points gazetteers give (GeoNames, the Factbook), not at the
  // centre of mass of their polygons: "China" read as 36.6 N, 103.8 E would be 190 km off.
  it.each([
    ['Flights from China were suspended.', 'China', 35, 105],
    ['Cases rose in Canada and Indonesia.', 'Indonesia', -5, 120],
    ['Officials in the United States said so.', 'United States', 39.76, -98.5],
  ])('%s → %s at its nominal centre', (text, surface, lat, lon) => {
    const t = find(text, surface);
    expect(t?.lat).toBeCloseTo(lat, 1);
    expect(t?.lon).toBeCloseTo(lon, 1);
  });

  it('shows the current name and keeps the text as written', () => {
    const t = find('Security forces were deployed in Nur-Sultan.', 'Nur-Sultan');
    expect(t).toMatchObject({ text: 'Nur-Sultan', name: 'Astana', kind: 'city', country: 'KZ' });
  });
});

describe('geoparseText properties', () => {
  const words = fc.constantFrom('Almaty', 'Paris', 'Texas', 'in', 'the', 'Kazakhstan’s', 'Nur-Sultan', '.', ',', '\n', 'U.S.', 'Ill.', 'Jordan said');
  const texts = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(words, { maxLength: 40 }).map((w) => w.join(' ')),
  );

  it('reports offsets that always slice the reported text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const t of geoparseText(text, gazetteer)) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeLessThan(t.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and keeps toponyms sorted and apart', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found = geoparseText(text, gazetteer);
        for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
      }),
      { numRuns: 300 },
    );
  });
});
