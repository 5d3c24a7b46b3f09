// Common English names of countries that GeoNames' countryInfo does not carry (it has one name each).
// General knowledge about how English news names countries, used only when building the gazetteer.

/** ISO2 → extra English names ("U.S.", "Britain", "Burma"...). */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['United States of America', 'USA', 'U.S.', 'U.S.A.', 'US', 'America'],
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.'],
  RU: ['Russian Federation'],
  KR: ['Republic of Korea'],
  KP: ['North Korea', 'DPRK'],
  CZ: ['Czech Republic', 'Czechia'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'],
  MM: ['Burma'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of the Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa', 'Zaire'],
  CG: ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville', 'Congo'],
  AE: ['UAE', 'Emirates'],
  VA: ['Vatican City', 'Holy See'],
  MK: ['Macedonia', 'North Macedonia'],
  SZ: ['Swaziland', 'Eswatini'],
  TR: ['Turkey', 'Türkiye'],
  CV: ['Cape Verde', 'Cabo Verde'],
  TL: ['East Timor', 'Timor-Leste'],
  PS: ['Palestine', 'Palestinian Territories'],
  VN: ['Viet Nam', 'Vietnam'],
  LA: ['Laos'],
  SY: ['Syria'],
  IR: ['Iran'],
  NL: ['Holland', 'The Netherlands'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
  TZ: ['Tanzania'],
  MD: ['Moldova'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  FM: ['Micronesia'],
  PH: ['the Philippines'],
  GM: ['The Gambia'],
  BS: ['The Bahamas'],
  TW: ['Taiwan'],
};

/**
 * Abbreviations of first-level regions that news writes alone or after a town. AP-style and postal
 * abbreviations of US states, as US news writes them after a town:
 * "Chiefland, Fla.", "Gainesville, Ga.". Keyed by GeoNames admin-1 code.
 */
export const REGION_ALIASES: Record<string, string[]> = {
  'US.AL': ['Ala.'], 'US.AK': [], 'US.AZ': ['Ariz.'], 'US.AR': ['Ark.'], 'US.CA': ['Calif.', 'Cal.'],
  'US.CO': ['Colo.'], 'US.CT': ['Conn.'], 'US.DE': ['Del.'], 'US.DC': ['D.C.', 'District of Columbia'],
  'US.FL': ['Fla.'], 'US.GA': ['Ga.'], 'US.IL': ['Ill.'], 'US.IN': ['Ind.'], 'US.KS': ['Kan.', 'Kans.'],
  'US.KY': ['Ky.'], 'US.LA': ['La.'], 'US.MD': ['Md.'], 'US.MA': ['Mass.'], 'US.MI': ['Mich.'],
  'US.MN': ['Minn.'], 'US.MS': ['Miss.'], 'US.MO': ['Mo.'], 'US.MT': ['Mont.'], 'US.NE': ['Neb.', 'Nebr.'],
  'US.NV': ['Nev.'], 'US.NH': ['N.H.'], 'US.NJ': ['N.J.'], 'US.NM': ['N.M.'], 'US.NY': ['N.Y.'],
  'US.NC': ['N.C.'], 'US.ND': ['N.D.'], 'US.OK': ['Okla.'], 'US.OR': ['Ore.', 'Oreg.'], 'US.PA': ['Pa.', 'Penn.'],
  'US.RI': ['R.I.'], 'US.SC': ['S.C.'], 'US.SD': ['S.D.'], 'US.TN': ['Tenn.'], 'US.TX': ['Tex.'],
  'US.VT': ['Vt.'], 'US.VA': ['Va.'], 'US.WA': ['Wash.'], 'US.WV': ['W.Va.', 'W. Va.'], 'US.WI': ['Wis.', 'Wisc.'],
  'US.WY': ['Wyo.'],
  // Australian states as Australian news abbreviates them ("Horses in NSW were tested").
  'AU.02': ['NSW', 'N.S.W.'], 'AU.04': ['Qld'], 'AU.06': ['Tas.'],
};

/**
 * English names of the continents, keyed by the continent codes of GeoNames' countryInfo.
 * Their points are computed from the member countries when the gazetteer is built.
 */
export const CONTINENT_NAMES: Record<string, string[]> = {
  AF: ['Africa'],
  AS: ['Asia'],
  EU: ['Europe'],
  NA: ['North America'],
  SA: ['South America'],
  OC: ['Oceania', 'Australasia'],
  AN: ['Antarctica'],
};
