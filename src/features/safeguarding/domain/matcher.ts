// Finds text that suggests self-harm, abuse or danger in what students write, so it is flagged
// for school staff and never published. Pure apart from `matchConcerns`, which reads the shipped
// lists once per process; tests use `createMatcher` with lists of their own.
//
// What idioms do (the `ignore` lists; see content/safeguarding/README.md for the argument):
// a concern match is dropped only when it lies ENTIRELY inside a span matched by an idiom.
// "don't kill yourself over one bad grade" does not flag, because "kill yourself" sits inside
// the idiom "dont kill yourself". "Im dying laughing at lunch, but my dad hits me" still flags:
// the concern is elsewhere. An idiom that merely overlaps a concern ("to die for" in "I want to
// die for real") suppresses nothing, which removing idiom spans from the text would have done.
// Anything ambiguous flags: a false positive costs a coordinator a minute, a missed one can
// cost far more. Only pure figures of speech are ignored, because a queue flooded with
// "this test is killing me" trains staff to stop reading it.
import { locales, type Locale } from "@/i18n/locales";
import {
  CONCERN_CATEGORIES,
  loadSafeguardingLists,
  type ConcernCategory,
  type SafeguardingLists,
} from "./lists";
import { compilePattern, findSpans, normalise, type Span } from "./pattern";

export { loadSafeguardingLists, CONCERN_CATEGORIES, type ConcernCategory, type SafeguardingLists };

export interface ConcernMatch {
  category: ConcernCategory;
  /** The list entry that matched, as written in the content file. */
  phrase: string;
}

export interface ConcernResult {
  flagged: boolean;
  /** Each category at most once, in the order self-harm, abuse, danger. */
  categories: ConcernCategory[];
  matches: ConcernMatch[];
}

export interface Matcher {
  match(text: string, locale: Locale): ConcernResult;
}

interface CompiledConcern extends ConcernMatch {
  regex: RegExp;
}

interface CompiledLocale {
  concerns: CompiledConcern[];
  ignore: RegExp[];
}

function compileLocale(lists: SafeguardingLists, locale: Locale): CompiledLocale {
  // Students mix languages ("jeg vil ikke leve mere, I want to die"), so English always applies.
  const sources = locale === "en" ? [lists.en] : [lists[locale], lists.en];
  const concerns: CompiledConcern[] = [];
  const ignore: RegExp[] = [];
  for (const list of sources) {
    for (const category of CONCERN_CATEGORIES) {
      for (const phrase of list.categories[category]) {
        concerns.push({ category, phrase, regex: compilePattern(phrase) });
      }
    }
    for (const idiom of list.ignore) ignore.push(compilePattern(idiom));
  }
  return { concerns, ignore };
}

const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end;

/**
 * Compiles every list once (throws PatternError on a malformed entry) and returns a matcher.
 * Matching normalises the text, finds idiom spans, then keeps each concern that has at least
 * one occurrence outside every idiom span.
 */
export function createMatcher(lists: SafeguardingLists): Matcher {
  const compiled = new Map<Locale, CompiledLocale>(
    locales.map((locale) => [locale, compileLocale(lists, locale)]),
  );

  return {
    match(text, locale) {
      const rules = compiled.get(locale) ?? compiled.get("en");
      const normalised = normalise(text);
      if (!rules || !normalised) return { flagged: false, categories: [], matches: [] };

      const idioms = rules.ignore.flatMap((regex) => findSpans(regex, normalised));
      const found: Array<ConcernMatch & Span> = [];
      for (const concern of rules.concerns) {
        const real = findSpans(concern.regex, normalised).find(
          (span) => !idioms.some((idiom) => inside(span, idiom)),
        );
        if (real) found.push({ category: concern.category, phrase: concern.phrase, ...real });
      }

      // A shorter match of another category inside a longer one is the same words read less
      // precisely: Norwegian "drepe meg" (kill me, danger) inside "drepe meg selv" (self-harm).
      const kept = found.filter(
        (a) =>
          !found.some(
            (b) => b.category !== a.category && inside(a, b) && b.end - b.start > a.end - a.start,
          ),
      );

      const seen = new Set<string>();
      const matches: ConcernMatch[] = [];
      for (const { category, phrase } of kept) {
        const key = `${category}\u0000${phrase}`;
        if (seen.has(key)) continue;
        seen.add(key);
        matches.push({ category, phrase });
      }
      const categories = CONCERN_CATEGORIES.filter((c) => matches.some((m) => m.category === c));
      return { flagged: matches.length > 0, categories, matches };
    },
  };
}

// The shipped lists are content in git: compiled on first use, then kept for the process.
let shipped: Matcher | undefined;

/** Checks a student's text against the shipped lists of its locale plus English. */
export function matchConcerns(text: string, locale: Locale): ConcernResult {
  shipped ??= createMatcher(loadSafeguardingLists());
  return shipped.match(text, locale);
}
