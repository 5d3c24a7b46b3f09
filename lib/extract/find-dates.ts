// Sentence text + reference date → the dates it names, resolved only when something anchors them.
// "on Friday" with reference 2022-01-07 → 2022-01-07; "earlier this week" → null, with its words kept.
import { parseCasualDates } from './casual-dates';
import { toNoon } from './to-noon';
import { matchAll } from './match-all';

export interface DateHit {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  /** The words used ("late Thursday night"). */
  text: string;
  /** YYYY-MM-DD, or null when the words name a time that nothing anchors. */
  date: string | null;
  /** How the date was fixed: written in full, a weekday counted back from the reference, or relative words. */
  basis: 'explicit' | 'weekday' | 'relative' | 'none';
  /** True after "since": the start of a span ("injured since Sunday"), not the day of an event. */
  since: boolean;
}

export interface DateReference {
  /** YYYY-MM-DD the relative words are counted from; null when nothing anchors the article. */
  date: string | null;
  /** 'published' when it is the article's own date, so "yesterday" may be resolved; 'anchor' when inferred. */
  basis: 'published' | 'anchor' | 'none';
}

const DAY_MS = 86_400_000;

/** YYYY-MM-DD of a UTC Date. */
function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}


/** Words that place an event in the reference's own week or day without naming it: kept as text only. */
/** A written calendar date names a month or has numeric day/month: "5 January", "Aug. 11", "11/08/2020". */
export const WRITTEN_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/i;

/**
 * What any date chrono could read must contain: a month, a weekday, a relative day word, or digits with a
 * separator. Sentences without one skip chrono, the slow part ("Police detained dozens." has no date).
 */
const MAY_HOLD_DATE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|(?:yester|to)day|days?|(?:to)?nights?|mornings?|evenings?|afternoons?|weeks?|weekend|months?|ago|now|noon|midnight)\b|\d[/.:-]\d|\b\d{4}\b/i;

const VAGUE_TIME = /\b(?:this week|earlier this week|last week|earlier in the week|recent days|in recent days|the past day|over the past day|this month|recently)\b/gi;

/**
 * Finds and resolves the dates in a sentence. Weekdays count back to the latest such day on or before the
 * reference, because news reports past events ("on Thursday" in a Friday story is the day before);
 * a weekday after "next" counts forward. Day-and-month without a year takes the reference's year.
 * Without a reference only dates written with a year are resolved: the clock is never read.
 * @example findDates('deployed about 2,500 soldiers on Thursday', {date: '2022-01-07', basis: 'anchor'})
 *   → [{text: 'on Thursday', date: '2022-01-06', basis: 'weekday', …}]
 */
export function findDates(sentence: string, reference: DateReference): DateHit[] {
  const hits: DateHit[] = [];
  // chrono needs some instant; without a reference, results that depend on it are thrown away below
  const instant = reference.date ? toNoon(reference.date) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const r of MAY_HOLD_DATE.test(sentence) ? parseCasualDates(sentence, { instant, timezone: 0 }) : []) {
    const c = r.start;
    // keep the words used: "late Thursday night", "earlier this week"; drop a trailing comma
    const lead = /\b(?:early|earlier|late|later)\s+(?:on\s+|in\s+)?$/i.exec(sentence.slice(Math.max(0, r.index - 14), r.index));
    const start = r.index - (lead ? lead[0].length : 0);
    const end = r.index + r.text.replace(/[\s,.;:]+$/, '').length;
    const words = sentence.slice(start, end);
    let date: string | null = null;
    let basis: DateHit['basis'] = 'none';
    // chrono marks "a day earlier" or "now" as day-certain too: only a written date counts as explicit
    if (c.isCertain('day') && c.isCertain('month') && WRITTEN_DATE.test(r.text)) {
      if (c.isCertain('year') || reference.date) {
        date = toIso(new Date(Date.UTC(c.get('year') ?? 2000, (c.get('month') ?? 1) - 1, c.get('day') ?? 1, 12)));
        basis = 'explicit';
      }
    } else if (c.isCertain('weekday') && !c.isCertain('day')) {
      if (reference.date) {
        const weekday = c.get('weekday') ?? 0;
        const ref = toNoon(reference.date);
        const forward = /\bnext\b/i.test(r.text);
        let delta = (ref.getUTCDay() - weekday + 7) % 7;
        if (forward) delta = -(((weekday - ref.getUTCDay() + 7) % 7) || 7);
        date = toIso(new Date(ref.getTime() - delta * DAY_MS));
        basis = 'weekday';
      }
    } else if (/\bpast day\b/i.test(r.text)) {
      // "over the past day" in a dated report is the day before it, as "yesterday" is
      if (reference.basis === 'published' && reference.date) {
        date = toIso(new Date(toNoon(reference.date).getTime() - DAY_MS));
        basis = 'relative';
      }
    } else if (/\b(?:yesterday|today|tonight|last night|this morning)\b/i.test(r.text)) {
      // relative days are only as good as the reference: resolve them against a real publication date
      if (reference.basis === 'published') {
        date = toIso(new Date(Date.UTC(c.get('year') ?? 2000, (c.get('month') ?? 1) - 1, c.get('day') ?? 1, 12)));
        basis = 'relative';
      }
    } else if (!/\b(?:week|month|day|earlier|ago)\b/i.test(r.text)) {
      continue; // a bare time ("02:10 PM") is not a date
    }
    hits.push({ start, end, text: words, date, basis, since: /\bsince\s+$/i.test(sentence.slice(Math.max(0, start - 6), start)) });
  }
  for (const m of matchAll(VAGUE_TIME, sentence)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (hits.some((h) => start < h.end && end > h.start)) continue;
    // "over the past day" in a dated report is the day before it, as "yesterday" is
    if (reference.basis === 'published' && reference.date && /\bpast day\b/i.test(m[0])) {
      hits.push({ start, end, text: m[0], date: toIso(new Date(toNoon(reference.date).getTime() - DAY_MS)), basis: 'relative', since: false });
      continue;
    }
    hits.push({ start, end, text: m[0], date: null, basis: 'none', since: false });
  }
  return hits.sort((a, b) => a.start - b.start);
}
