// A handful of real gazetteer rows (GeoNames, CC BY 4.0), so extraction tests run without loading the full file.
import { parseGazetteer } from '../../lib/geo/gazetteer-format';
import type { Gazetteer } from '../../lib/types';

const ROWS = [
  [524901, 'Moscow', 55.752, 37.6178, 'RU', 'city', 'PPLC', 'RU.48', 10381222, ''],
  [607610, 'Zhanaozen', 43.3412, 52.8619, 'KZ', 'city', 'PPL', 'KZ.09', 103598, ''],
  [610611, 'Aktobe', 50.2797, 57.2072, 'KZ', 'city', 'PPLA', 'KZ.04', 500757, ''],
  [610612, 'Aktau', 43.6611, 51.1739, 'KZ', 'city', 'PPLA', 'KZ.09', 147443, 'Shevchenko'],
  [625144, 'Minsk', 53.9002, 27.5665, 'BY', 'city', 'PPLC', 'BY.04', 1742124, ''],
  [629634, 'Brest', 52.1089, 23.7175, 'BY', 'city', 'PPLA', 'BY.01', 344470, ''],
  [627904, 'Grodno', 53.6884, 23.8258, 'BY', 'city', 'PPLA', 'BY.03', 357493, 'Hrodna'],
  [620127, 'Vitebsk', 55.1904, 30.2049, 'BY', 'city', 'PPLA', 'BY.07', 342700, ''],
  [630336, 'Belarus', 53.5313, 28.0327, 'BY', 'country', 'PCLI', '', 9485386, ''],
  [1522867, 'Kazakhstan', 48.1572, 67.2932, 'KZ', 'country', 'PCLI', '', 18276499, ''],
  [1526273, 'Astana', 51.1801, 71.446, 'KZ', 'city', 'PPLC', 'KZ.05', 345604, 'Nur-Sultan'],
  [1526384, 'Almaty', 43.2525, 76.9115, 'KZ', 'city', 'PPLA', 'KZ.02', 1977011, 'Alma-Ata'],
  [1814991, 'China', 36.6168, 103.7975, 'CN', 'country', 'PCLI', '', 1411778724, ''],
  [1816670, 'Beijing', 39.9075, 116.3972, 'CN', 'city', 'PPLC', 'CN.22', 18960744, ''],
  [2017370, 'Russia', 61.5, 100.0, 'RU', 'country', 'PCLI', '', 144478050, 'Russian Federation'],
  [798544, 'Poland', 52.0, 20.0, 'PL', 'country', 'PCLI', '', 37978548, ''],
  [597427, 'Lithuania', 55.4, 23.9, 'LT', 'country', 'PCLI', '', 2789533, ''],
  [2988507, 'Paris', 48.8534, 2.3488, 'FR', 'city', 'PPLC', 'FR.11', 2138551, ''],
  [4140963, 'Washington', 38.8951, -77.0364, 'US', 'city', 'PPLC', 'US.DC', 689545, 'D.C.'],
  [608879, 'Mangghystaū', 44.2485, 52.7231, 'KZ', 'region', 'ADM1', 'KZ.09', 319290, 'Mangystau|Mangistau'],
  [6252001, 'United States', 39.5262, -99.1437, 'US', 'country', 'PCLI', '', 327167434, 'USA|America'],
];

/** A gazetteer of the seed and dev-corpus places only. */
export const smallGazetteer: Gazetteer = parseGazetteer(
  ['geonameid\tname\tlat\tlon\tcountry\tkind\tfeatureCode\tadmin1\tpopulation\talternates', ...ROWS.map((r) => r.join('\t'))].join('\n'),
);
