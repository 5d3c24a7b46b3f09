// Sentence text → incident triggers: the words that say something happened, typed with our incident enum.
// "police fired tear gas into a crowd" → clash; "the cabinet resigned" → resignation; "internet was cut" → shutdown.
import type { IncidentType } from '../types';
import { matchAll } from './match-all';

export interface TriggerHit {
  type: IncidentType;
  /** What separates incidents of one type ("internet" vs "airports"); null when nothing does. */
  topic: string | null;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
}

/**
 * How our incident types map to ACLED's event types (ACLED codebook 2023, event type / sub-event type),
 * so that output can be compared with or fed into ACLED-based tools:
 *   protest     → Protests / Peaceful protest (or Protest with intervention when a clash is in the same incident)
 *   riot        → Riots / Violent demonstration
 *   clash       → Riots / Violent demonstration, or Protests / Excessive force against protesters when only
 *                 security forces use force (ACLED "Battles" is for armed groups, not crowd control)
 *   killing     → Violence against civilians / Attack (fatalities recorded on the event)
 *   injury      → Violence against civilians / Attack (ACLED has no injury count; recorded in notes)
 *   detention   → Strategic developments / Arrests
 *   arson       → Riots / Mob violence, or Strategic developments / Looting/property destruction
 *   looting     → Strategic developments / Looting/property destruction
 *   deployment  → Strategic developments / Change to group/activity (troop movements, checkpoints)
 *   shutdown    → Strategic developments / Other (internet, transport and border closures)
 *   statement   → Strategic developments / Agreement or Other (orders, appeals, foreign reactions)
 *   resignation → Strategic developments / Change to group/activity
 *   emergency   → Strategic developments / Other (state of emergency, curfew, martial law)
 *   policy      → Strategic developments / Other (price changes and decrees that drive unrest)
 *   other       → Strategic developments / Other (occupations, releases, exits of leaders)
 */
export const ACLED_EVENT_TYPE: Readonly<Record<IncidentType, string>> = Object.freeze({
  protest: 'Protests',
  riot: 'Riots',
  clash: 'Riots',
  killing: 'Violence against civilians',
  injury: 'Violence against civilians',
  detention: 'Strategic developments',
  arson: 'Riots',
  looting: 'Strategic developments',
  deployment: 'Strategic developments',
  shutdown: 'Strategic developments',
  statement: 'Strategic developments',
  resignation: 'Strategic developments',
  emergency: 'Strategic developments',
  policy: 'Strategic developments',
  other: 'Strategic developments',
});

interface Rule {
  type: IncidentType;
  /** Matched against the sentence; group 1, when present, is the topic word. */
  re: RegExp;
  /** Turns the topic word into a stable key ("cellphone" and "internet" are both "communications"). */
  topic?: (word: string) => string;
}

/** Services that are shut down, and the key each becomes. */
function toShutdownTopic(word: string): string {
  const w = word.toLowerCase();
  if (/internet|mobile|cell|phone|network|telecom|communication|messag|social media/.test(w)) return 'communications';
  if (/airport|flight/.test(w)) return 'airports';
  if (/border|crossing/.test(w)) return 'borders';
  if (/metro|subway|station|transport|rail|train|road|bridge/.test(w)) return 'transport';
  if (/shop|store|pharmac|bank|market|school|universit|business/.test(w)) return 'businesses';
  return w;
}

/** Prices that move: "prices went down" and "rising fuel prices" are different policy incidents. */
function toPriceTopic(word: string): string {
  return /down|cut|lower|reduc|fell|drop|cap|slash|halv/i.test(word) ? 'price-down' : 'price-up';
}

const SERVICES = String.raw`internet|mobile(?: phone)? networks?|mobile (?:internet|service)|cellphone|phone networks?|communications?|telecommunications|social media|messaging apps?|airports?|flights|borders?|border crossings?|metro(?: stations)?|subway|train stations|stations|public transport|roads|bridges|shops|pharmacies|banks|schools|universities`;
const SHUT = String.raw`cut|cut off|shut(?: down)?|banned|blocked|closed|close|sealed|suspended|disrupted|down|restored|halted|barely functioning|switched off|went dark|blackout`;

/** The trigger table. Each regex is tried on the whole sentence; every match is a candidate trigger. */
const RULES: Rule[] = [
  // "Protests were sparked …", "people rallied", "took to the streets", "protests spread across the country"
  { type: 'protest', re: /\b(?:protests?|demonstrations?|rall(?:y|ies)|marches|unrest|uprising)\s+(?:(?:had|have|has|were|was|also|then|quickly|rapidly|first)\s+)*(?:began|begun|broke out|erupted|spread|took place|were held|was held|continued|escalated|sparked|were sparked|started|extend(?:ed|s)?|swept|grew|turned violent|broadened)\b/gi },
  { type: 'protest', re: /\b(?:rallied|rallies were held|took to the streets|came out onto the streets|marched|demonstrated|gathered|staged (?:a )?(?:protests?|rally|demonstrations?)|protested|picketed)\b/gi },
  { type: 'protest', re: /\b(?:protests?|rallies|demonstrations?)\s+(?:were\s+|was\s+)?held\b/gi },
  // "had rioted", "days of rioting", "riots broke out"
  { type: 'riot', re: /\b(?:rioted|rioting|riots? (?:broke out|erupted|spread))\b/gi },
  // "clashes between security forces and protesters", "police fired stun grenades and tear gas"
  { type: 'clash', re: /\b(?:clash(?:ed|es)?|confronted|skirmish(?:ed|es)?|street battles?|(?:fired|firing|used|using|deployed)\s+(?:\w+\s+){0,3}?(?:tear gas|stun grenades|flash grenades|rubber bullets|water cannons?|warning shots|live (?:rounds|ammunition)|service weapons|firearms?)|tear gas|stun grenades|flash grenades|rubber bullets|water cannons?|dispers(?:ed|ing|e)|opened fire|opening fire|beaten with batons)\b/gi },
  // "26 people were killed", "left dozens dead", "the death toll", "died after being detained"
  // "death penalty", "dead end" and "deadline" are no deaths
  { type: 'killing', re: /\b(?:killed|shot dead|died|dies|die|dead(?! end)|deaths?(?! (?:penalty|sentences?|threats?|row|certificates?))|death toll|killings?|lost their lives|bodies)\b/gi },
  // "hurt the economy" is no injury: only bodily words
  { type: 'injury', re: /\b(?:injured|wounded|injur(?:y|ies)|hospitali[sz]ed|gunshot wounds?|stab wounds?)\b/gi },
  // "protests were held" and "detention centres" are no detentions
  { type: 'detention', re: /\b(?:detained|detaining|detain|arrested|arresting|arrests?|detentions?(?! (?:centres?|centers?|facilit(?:y|ies)))|taken into custody|rounded up|jailed|(?<!(?:protests?|rall(?:y|ies)|demonstrations?|elections?|talks|meetings?|votes?|ceremon(?:y|ies))\s+)(?:were|was|are) held)\b/gi },
  { type: 'arson', re: /\b(?:set (?:on )?fire|set ablaze|set alight|burn(?:ed|t|ing)(?: down)?|torch(?:ed|ing)|in flames|ablaze|firebombed|arson)\b/gi },
  { type: 'looting', re: /\b(?:loot(?:ed|ing|ers)?|ransacked|pillag(?:ed|ing))\b/gi },
  // "deployed about 2,500 soldiers", "sent peacekeeping forces", "troops have arrived", "squares are sealed off"
  { type: 'deployment', re: /\b(?:deployed|deploy(?:ment|ing)|sent\s+(?:in\s+)?(?:its\s+|their\s+)?(?:“|")?(?:peacekeeping|troops|forces|soldiers|military|army|police|troopers)|send in (?:its |their )?(?:“|")?(?:peacekeeping|troops|forces|troopers)|troops (?:have |had )?arrived|arrival of (?:\w+ ){0,2}troops|(?:sealed|cordoned|closed) off|blocking|blocked|counter-?terrorism operation|anti-terrorist operation|patrolled)\b/gi },
  // "the internet was cut", "airports were closed", "the borders have been sealed"
  {
    type: 'shutdown',
    re: new RegExp(String.raw`\b(${SERVICES})\b(?:[^.;]{0,60}?)\b(?:${SHUT})\b`, 'gi'),
    topic: toShutdownTopic,
  },
  {
    type: 'shutdown',
    re: new RegExp(String.raw`\b(?:${SHUT.replace('|down|', '|')})\b\s+(?:\w+\s+){0,2}?(${SERVICES})\b`, 'gi'),
    topic: toShutdownTopic,
  },
  { type: 'emergency', re: /\b(?:state of emergency|martial law|curfews?|state of siege)\b/gi },
  // "the cabinet resigned", "dismissed the cabinet", "removed him from his post as … chairman"
  { type: 'resignation', re: /\b(?:resign(?:ed|s|ation)|stepped down|step down|dismiss(?:ed|al)\s+(?:of\s+)?(?:the\s+)?(?:entire\s+)?(?:cabinet|government|prime minister|minister)|removed (?:\w+ ){0,3}from (?:his|her|their|the) (?:post|office|position)|sacked|ousted)\b/gi },
  // "the price … went down from $0.27 to $0.11", "rising fuel prices", "a surge in prices"
  {
    type: 'policy',
    re: /\bpric(?:e|es|ing)\b[^.;]{0,40}?\b(went down|went up|rose|risen|rise|doubled|increased?|cut|lowered|reduced|capped|slashed|fell|surged?|soared|going up|jump(?:ed)?)\b|\b(rising|soaring|surge in|increase in|rise in|hike in|higher)\b[^.;]{0,30}?\bprices?\b/gi,
    topic: toPriceTopic,
  },
  // orders, appeals and reactions: "gave the order to shoot", "called for an end to violence", "asked the CSTO for help"
  { type: 'statement', re: /\b(?:ordered|orders?\s+(?:are\s+)?(?:in effect|to)|(?:gave|given|issued|give)\s+(?:the\s+)?orders?|called (?:for|on|upon)|calls for|urged|urges|warned|appealed|requested help|asked for help|request(?:ed)? (?:for )?(?:help|assistance)|thanked|condemned|voiced (?:its |their |his |her )?(?:support|concern)|(?:expressed|voiced) (?:great |deep |grave )?concern|following events .{0,40}concern|opposed|declined any (?:potential )?negotiations|rejecting|rejected|doubts about|wrote to|told (?:AFP|Reuters|the press|reporters|journalists)|said (?:in a statement|on Twitter|at a (?:press|news) conference|at a briefing)|told reporters|wrote on Twitter|posted a video|video address|televised (?:address|speech)|addressed the nation|address to the nation|announc(?:ed|ing))\b/gi },
  // occupations, releases and departures that fit no other type
  { type: 'other', re: /\b(?:occupied|occupying|seized|stormed|storming|overturned|toppled|released from|were released|was released|fled to|left for|leave the country|left the country|arrived in)\b/gi },
];

/** A trigger inside an order or a wish is not an event: "ordered … to open fire", "told to eliminate". */
const MODAL_BEFORE = /(?:(?<!in )\border(?:s|ed)?\b|\btold\b|\bauthori[sz]ed\b|\bthreaten(?:ed|s)?\b)[^.;]{0,45}$|\b(?:would|will|could|might|must)\s+(?:\w+\s+){0,2}$|\bfrom being\s+$|\bsince\s+(?:the\s+)?(?:\w+\s+)?$/i;

/**
 * Finds the incident triggers of a sentence. The same type may fire several times: the caller keeps one
 * mention per (type, topic). Violence words governed by an order ("the order … to shoot to kill") are dropped,
 * so the order itself is a statement and not a clash.
 * @example findTriggers('The entire cabinet of Ukraine has resigned') → [{type: 'resignation', …}]
 */
export function findTriggers(sentence: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of matchAll(rule.re, sentence)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (rule.type !== 'statement' && rule.type !== 'policy' && rule.type !== 'shutdown' && rule.type !== 'emergency') {
        if (MODAL_BEFORE.test(sentence.slice(Math.max(0, start - 60), start))) continue;
      }
      const word = m.slice(1).find((g) => g !== undefined) ?? '';
      const topic = rule.topic ? rule.topic(word || m[0]) : null;
      hits.push({ type: rule.type, topic, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start || a.type.localeCompare(b.type));
}
