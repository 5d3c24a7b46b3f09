// The records passed between pipeline stages: the contract between lib/ modules.
// Offsets are UTF-16 code units into Article.text; coordinates are [lon, lat] in lib/ and data/.

/** Stable id of an article: the file name without extension (unique within a corpus folder). */
export type ArticleId = string;

/** A half-open range [start, end) of UTF-16 code units in an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** A file as read from disk, before any interpretation. Produced by lib/io only. */
export interface RawSeed {
  file: string;
  bytes: Uint8Array;
}

/** One entry of an input folder: its bytes when readable, else why not. Produced by lib/io only. */
export interface InputFile {
  /** Path relative to the input folder. */
  file: string;
  /** Bytes read (at most the reader's cap), or null when the entry could not be read. */
  bytes: Uint8Array | null;
  error: string | null;
  bytesOnDisk: number;
  /** True when only the first part of an oversized file was read. */
  truncated: boolean;
}

/** Why an input file was not (fully) processed; goes to manifest.json and stderr. */
export interface InputReport {
  file: string;
  sha256: string | null;
  status: 'ok' | 'skipped' | 'failed';
  reason: string | null;
}

/** Kinds of page furniture that are marked, never deleted, so offsets stay valid. */
export type FurnitureKind =
  | 'related-posts'
  | 'comments'
  | 'cookie-notice'
  | 'author-box'
  | 'credit'
  | 'section-label'
  | 'byline';

export interface Furniture extends Span {
  kind: FurnitureKind;
}

/** A photo caption: its facts count, but it is not running text. */
export type Caption = Span;

/** A decoded article with its metadata and zones marked. */
export interface Article {
  id: ArticleId;
  file: string;
  sha256: string;
  /** The full decoded text; every offset in the pipeline points into it. */
  text: string;
  title: string;
  titleSpan: Span;
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD when the text shows a publication date, else null. */
  published: string | null;
  /** Dateline at the head of the body ("MOSCOW (Reuters) -"), when present. */
  dateline: Span | null;
  furniture: Furniture[];
  captions: Caption[];
}

export type PlaceKind = 'city' | 'region' | 'country' | 'other';

/** One gazetteer entry (GeoNames-derived). */
export interface GazetteerEntry {
  geonameid: number;
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  kind: PlaceKind;
  population: number;
  /** GeoNames feature code, e.g. PPLC, PPLA, ADM1, PCLI. */
  featureCode: string;
  /** Admin-1 code as "CC.XX", or null for countries. */
  admin1: string | null;
}

/** Read-only gazetteer interface injected into stages (so they run in tests and the browser). */
export interface Gazetteer {
  readonly size: number;
  /** Entry by GeoNames id. */
  get(geonameid: number): GazetteerEntry | undefined;
  /** Ids whose name or alternate name folds to `key` (see foldName). */
  lookup(key: string): readonly number[];
  /** Every name (display and alternate) of an entry. */
  namesOf(geonameid: number): readonly string[];
  /** All folded keys, for building matchers. */
  keys(): Iterable<string>;
  /** Country entry by ISO2 code. */
  country(iso2: string): GazetteerEntry | undefined;
  /** Admin-1 entry by "CC.XX" code. */
  region(admin1: string): GazetteerEntry | undefined;
  /**
   * English word classes of a folded one-word key, from the gazetteer's lexicon: "c" common word,
   * "f" first name, "l" last name, "d" demonym, "o" organisation ("mobile" → "c", "moore" → "l");
   * "" when the word has none. Optional: a gazetteer without a lexicon treats every word as a name.
   */
  wordClasses?(key: string): string;
  /** True when some multi-word key starts with `key` and a space ("new" → "new york"): lets a matcher walk names as a trie. */
  hasLongerKey?(key: string): boolean;
}

export type PlaceRole = 'event' | 'dateline' | 'speaker' | 'context' | 'caption' | 'boilerplate';

/** A toponym found in an article, resolved or not. */
export interface PlaceMention extends Span {
  articleId: ArticleId;
  /** The text as written in the article (always text.slice(start, end)). */
  text: string;
  role: PlaceRole;
  /** Resolved gazetteer id, or null when no entry was good enough. */
  geonameid: number | null;
  /** 0..1: how sure the resolver is. */
  score: number;
}

export type IncidentType =
  | 'protest'
  | 'riot'
  | 'clash'
  | 'killing'
  | 'injury'
  | 'detention'
  | 'arson'
  | 'looting'
  | 'deployment'
  | 'shutdown'
  | 'statement'
  | 'resignation'
  | 'emergency'
  | 'policy'
  | 'other';

export type FigureName = 'killed' | 'injured' | 'detained' | 'crowd' | 'troops';

export type Qualifier = 'exact' | 'about' | 'at-least' | 'more-than' | 'up-to' | 'range' | 'vague';

export interface Figure {
  value: number;
  qualifier: Qualifier;
  max?: number;
  /** Whom the figure counts, as written ("law enforcement officers"), when the text says. */
  who?: string;
  /** 'security' when the figure counts police/soldiers/officers, so it is never compared with civilian counts. */
  side?: 'security' | 'other';
}

export type Figures = Partial<Record<FigureName, Figure>>;

export type ActorKind = 'person' | 'organization' | 'state' | 'group';

/** An actor as found in one article, before canonicalisation across the corpus. */
export interface ActorMention extends Span {
  articleId: ArticleId;
  text: string;
  kind: ActorKind;
  /**
   * Corpus-wide canonical key decided at extraction ("person:macron", "state:RU", "group:protesters"):
   * every mention with the same key is the same actor, and the actor id is a hash of it.
   */
  key?: string;
  /** Canonical display name proposed by this mention ("Volodymyr Zelensky" for "President Zelensky"). */
  name?: string;
  /** ISO2 country the actor belongs to, when the text says ("Polish President …" → PL). */
  country?: string | null;
}

/** One incident as one article tells it. */
export interface Mention extends Span {
  id: string;
  articleId: ArticleId;
  type: IncidentType;
  /** The trigger word or phrase, e.g. "fired tear gas". */
  trigger: Span;
  /** The sentence that carries the mention (the claim's quote). */
  sentence: Span;
  /** Event-location place, or null when country-wide / not stated. */
  geonameid: number | null;
  /** Country the mention is about (ISO2), when known. */
  country: string | null;
  date: string | null;
  dateText: string | null;
  actors: ActorMention[];
  figures: Figures;
  /** Hedges found in the sentence ("reportedly", "some", "as many as"). */
  hedges: string[];
  /**
   * What separates incidents of the same type at the same place and date: the shut-down service
   * ("internet", "airports", "borders") or the speaker's actor key for a statement. Null when nothing does.
   */
  topic?: string | null;
  /** Where the sentence sits: running text, the headline, or a photo caption. */
  zone?: 'body' | 'title' | 'caption';
  /** The sentence's text (Article.text.slice(sentence.start, sentence.end)), so claims can quote it. */
  quote?: string;
}

/** What extraction finds in one article: incident mentions and every actor mention. */
export interface ArticleExtraction {
  mentions: Mention[];
  actors: ActorMention[];
}

export interface Claim {
  source: ArticleId;
  quote: string;
  start: number;
  end: number;
  figures: Figures;
}

export interface Conflict {
  figure: FigureName;
  values: Array<{ value: number; source: ArticleId }>;
}

export interface IncidentPlace {
  id: number;
  name: string;
  country: string;
  kind: PlaceKind;
}

/** One real-world incident, merged across sources. */
export interface Incident {
  id: string;
  type: IncidentType;
  title: string;
  date: string | null;
  dateText: string | null;
  place: IncidentPlace | null;
  /** [lon, lat] when place is set. */
  coordinates: [number, number] | null;
  actors: string[];
  figures: Figures;
  claims: Claim[];
  conflicts: Conflict[];
  sources: ArticleId[];
  confidence: number;
  /** ISO2 country of the incident (also for country-wide incidents where place is null). */
  country?: string | null;
}

export interface Actor {
  id: string;
  name: string;
  aliases: string[];
  kind: ActorKind;
  country: string | null;
  mentions: number;
  locations: Array<{ place: number; incidents: string[] }>;
}

/** Everything the pipeline knows about one corpus, before it is written out. */
export interface CorpusResult {
  articles: Article[];
  places: PlaceMention[];
  incidents: Incident[];
  actors: Actor[];
  inputs: InputReport[];
}
