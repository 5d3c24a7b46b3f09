// General English word lists the toponym filters rely on (no place facts: words of the language only).

/**
 * Words that are also gazetteer names but almost never mean a place in running text, even with a capital:
 * function words, calendar words, titles, and everyday nouns ("May", "March", "Police", "Union").
 */
export const NEVER_PLACES: ReadonlySet<string> = new Set(
  (
    'a an and the of in on at to for from by with as or but if not no yes so than then this that these those ' +
    'he she it we they you i me my his her its our their who what when where why how which while ' +
    'is are was were be been being has have had do does did will would can could may might must shall should ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun ' +
    'today tomorrow yesterday morning evening night week month year ' +
    'mr mrs ms dr st mt ft gov sen rep gen lt col sgt capt president governor mayor minister prime police ' +
    'army government state city county region province district union republic federation kingdom ' +
    'north south east west central northern southern eastern western northeast northwest southeast southwest ' +
    'new old great little big long high low lower upper middle good best bad ' +
    'all one two three four five six seven eight nine ten first second third last next ' +
    'said says say told news post times daily press report reports update photo video' +
    ' page home main top click share comment comments more read like follow subscribe' +
    ' christmas easter thanksgiving halloween'
  ).split(/\s+/),
);

/** Words that can stand before a place name without making it part of a person's or a firm's name. */
export const PLACE_HEAD_WORDS: ReadonlySet<string> = new Set(
  (
    'north south east west northern southern eastern western central northeast northwest southeast southwest ' +
    'northeastern northwestern southeastern southwestern upper lower greater downtown metro rural ' +
    'in at near from to across throughout around outside inside into of and or via toward towards'
  ).split(/\s+/),
);

/** Suffixes that turn a country name into its demonym or adjective: "Russia" → "Russian", "Ukraine" → "Ukrainian". */
export const DEMONYM_SUFFIXES: readonly string[] = ['n', 'an', 'ian', 'ese', 'ish', 'i', 'ic', 'er', 'ean', 'ite', 'ans', 'ians'];

/** Country-name endings dropped before a demonym suffix: "Ukraine" → "Ukrainian", "Italy" → "Ital"+"ian". */
export const COUNTRY_NAME_ENDINGS: readonly string[] = ['stan', 'istan', 'ia', 'a', 'y', 'e', 'land', 'o'];

/** Titles before a person's name: "Mr. Lincoln", "Gov. Perry", "President Obama". */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss dr prof sir lord lady dame rev father sister brother president vice gov governor sen senator ' +
    'rep representative mayor judge justice chief officer sgt sergeant lt lieutenant capt captain col colonel gen ' +
    'general maj major adm admiral cmdr commander det detective deputy sheriff coach pastor bishop king queen prince ' +
    'princess minister secretary chairman chairwoman ambassador attorney councilman councilwoman commissioner trooper'
  ).split(/\s+/),
);

/**
 * Titles that news also writes in lower case before a name, and that are rarely anything else there:
 * "state governor David Paterson", "opposition leader Navalny".
 */
export const LOWERCASE_TITLES: ReadonlySet<string> = new Set(
  (
    'governor president senator congressman congresswoman mayor minister ambassador secretary spokesman ' +
    'spokeswoman spokesperson commissioner sheriff detective judge councilman councilwoman chairman chairwoman ' +
    'leader director professor dr'
  ).split(/\s+/),
);

/**
 * Words that open a sentence without being part of a name after them: "While Sydney's carnival...",
 * "When Paris voted...". A capitalised word before a place is otherwise taken for a first name.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  (
    'while when whilst as after before since until unless if although though because but and or so yet then ' +
    'also still now today yesterday tonight meanwhile however moreover during under over across near with ' +
    'without for by of on in at from into throughout despite like unlike outside inside beyond both neither ' +
    'only even once'
  ).split(/\s+/),
);

/** Words that put what follows at a place: "in Kharkiv", "near Odesa", "town of Izium". */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set(
  (
    'in at near from to across throughout around outside inside into toward towards via through ' +
    'town city village county state province region district capital suburb suburbs neighbouring neighboring ' +
    'north south east west northeast northwest southeast southwest northern southern eastern western'
  ).split(/\s+/),
);

/** Words after a place that make it the name of a newspaper or broadcaster: "Washington Post", "Denver Herald". */
export const MEDIA_WORDS: ReadonlySet<string> = new Set(
  (
    'post times herald tribune journal globe gazette chronicle examiner observer telegraph star sun daily mirror ' +
    'inquirer bulletin courier dispatch sentinel monitor guardian independent record register'
  ).split(/\s+/),
);

/** Words right after a name that show it is a place: "the Mansfield resident", "Jackson and Barrow counties". */
export const PLACE_TAIL_WORDS: ReadonlySet<string> = new Set(
  (
    'resident residents native natives area county counties city cities township townships parish parishes ' +
    'borough village town province region district state police sheriff mayor council officials authorities ' +
    'metro metropolitan suburb suburbs outskirts'
  ).split(/\s+/),
);

/** Words after a name that make it a street, not the place: "6016 Dublin Road", "Memphis Street". */
export const STREET_WORDS: ReadonlySet<string> = new Set(
  (
    'street st avenue ave road rd boulevard blvd drive dr lane ln way court ct parkway pkwy place pl terrace ' +
    'circle cir highway hwy pike trail plaza square'
  ).split(/\s+/),
);

/** Words that open a noun phrase and are capitalised only by position: "The Mansfield resident", "A Roselle officer". */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an this that these those his her its their our my your some every each no one another'.split(/\s+/),
);
