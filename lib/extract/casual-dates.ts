// Text + reference instant → the dates chrono's casual English parser reads in it, as chrono.parse gives them.
// The two patterns V8 is slowest to compile are spelt out in both cases: same parsers, same refiners, same
// results; only the start-up of a process gets shorter.
import * as chrono from 'chrono-node';
import { toCaseExplicitPattern } from './to-case-explicit-pattern';

/**
 * The parsers whose patterns compile slowly with the i flag, by class name. Each is a long time-unit phrase
 * repeated up to ten times ("two days and three hours ago"). On Latin-1 text, V8 compiled each of these two in
 * 120–230 ms; spelt out in both cases, it compiled them in 40–55 ms. The other parsers compile as fast or
 * faster with the flag, and run faster with it, so they keep it. Exported so that a test notices when a new
 * chrono renames them.
 */
export const SLOW_TO_COMPILE: ReadonlySet<string> = new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);

/** A parser that reads with the case-explicit twin of another's pattern. */
function withCaseExplicitPattern(parser: chrono.Parser): chrono.Parser {
  return {
    pattern: (context) => {
      const re = parser.pattern(context);
      return toCaseExplicitPattern(re) ?? re;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

let casual: chrono.Chrono | undefined;

/**
 * chrono's casual English parse: `chrono.parse(text, reference)`, with the same parsers and refiners.
 * @example parseCasualDates('on 5 January', { instant: new Date('2022-01-07T12:00Z'), timezone: 0 })[0].text → 'on 5 January'
 */
export function parseCasualDates(text: string, reference?: chrono.ParsingReference | Date): chrono.ParsedResult[] {
  casual ??= new chrono.Chrono({
    parsers: chrono.casual.parsers.map((p) => (SLOW_TO_COMPILE.has(p.constructor.name) ? withCaseExplicitPattern(p) : p)),
    refiners: [...chrono.casual.refiners],
  });
  return casual.parse(text, reference);
}
