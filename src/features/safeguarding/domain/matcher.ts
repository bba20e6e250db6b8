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
// Idioms of every language apply to every text, like the concerns: "a concern inside an idiom"
// is about the words, whichever language the page is in.
// Anything ambiguous flags: a false positive costs a coordinator a minute, a missed one can
// cost far more. Only pure figures of speech are ignored, because a queue flooded with
// "this test is killing me" trains staff to stop reading it.
import {
  CONCERN_CATEGORIES,
  LIST_LANGUAGES,
  loadSafeguardingLists,
  type ConcernCategory,
  type SafeguardingLists,
} from "./lists";
import { compilePattern, findSpans, normalise, patternKeys, type Span } from "./pattern";

export { loadSafeguardingLists, CONCERN_CATEGORIES, type ConcernCategory, type SafeguardingLists };

export interface ConcernMatch {
  category: ConcernCategory;
  /** The list entry that matched, as written in the content file. */
  phrase: string;
}

export interface ConcernResult {
  flagged: boolean;
  /** Each category at most once, in the order of CONCERN_CATEGORIES. */
  categories: ConcernCategory[];
  matches: ConcernMatch[];
}

export interface Matcher {
  match(text: string): ConcernResult;
}

interface Compiled<T> {
  entries: T[];
  /** "=word" or "^prefix" -> indexes of the entries that need it (see patternKeys). */
  index: Map<string, number[]>;
}

function compileAll<T>(items: T[], phraseOf: (item: T) => string): Compiled<T & { regex: RegExp }> {
  const index = new Map<string, number[]>();
  const entries = items.map((item, i) => {
    const phrase = phraseOf(item);
    for (const key of patternKeys(phrase)) {
      const k = (key.prefix ? "^" : "=") + key.word;
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
    return { ...item, regex: compilePattern(phrase) };
  });
  return { entries, index };
}

/** The entries whose key word occurs in the text: the only ones that can match. */
function candidates<T>(compiled: Compiled<T>, words: Set<string>): T[] {
  const hits = new Set<number>();
  const add = (k: string) => compiled.index.get(k)?.forEach((i) => hits.add(i));
  for (const word of words) {
    add("=" + word);
    for (let end = 1; end <= word.length; end++) add("^" + word.slice(0, end));
  }
  return [...hits].sort((a, b) => a - b).map((i) => compiled.entries[i]!);
}

const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end;

/**
 * Compiles every list once (throws PatternError on a malformed entry) and returns a matcher.
 * Every text is checked against every language's list: students write in the language they
 * think in, not the page's. Matching normalises the text, runs the concerns whose key words
 * occur in it and, only if one matched, the idioms; it keeps each concern that has at least one
 * occurrence outside every idiom span.
 */
export function createMatcher(lists: SafeguardingLists): Matcher {
  const all = LIST_LANGUAGES.map((language) => lists[language]);
  const concerns = compileAll(
    all.flatMap((list) =>
      CONCERN_CATEGORIES.flatMap((category) =>
        list.categories[category].map((phrase) => ({ category, phrase })),
      ),
    ),
    (c) => c.phrase,
  );
  const idioms = compileAll(
    all.flatMap((list) => list.ignore.map((phrase) => ({ phrase }))),
    (i) => i.phrase,
  );

  return {
    match(text) {
      const normalised = normalise(text);
      const none: ConcernResult = { flagged: false, categories: [], matches: [] };
      if (!normalised) return none;
      const words = new Set(normalised.split(" "));

      const raw: Array<ConcernMatch & { spans: Span[] }> = [];
      for (const concern of candidates(concerns, words)) {
        const spans = findSpans(concern.regex, normalised);
        if (spans.length) raw.push({ category: concern.category, phrase: concern.phrase, spans });
      }
      if (!raw.length) return none;

      const ignored = candidates(idioms, words).flatMap((i) => findSpans(i.regex, normalised));
      const found: Array<ConcernMatch & Span> = [];
      for (const { category, phrase, spans } of raw) {
        const real = spans.find((span) => !ignored.some((idiom) => inside(span, idiom)));
        if (real) found.push({ category, phrase, ...real });
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

/**
 * Checks a student's text against the shipped lists of every language, whatever the page's
 * locale: a Russian-speaking student on an Estonian page writes in Russian.
 */
export function matchConcerns(text: string): ConcernResult {
  shipped ??= createMatcher(loadSafeguardingLists());
  return shipped.match(text);
}
