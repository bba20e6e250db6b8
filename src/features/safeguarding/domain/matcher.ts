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
import { compilePattern, findSpans, normalise, patternAnchor, type Span } from "./pattern";

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

interface Entry {
  regex: RegExp;
  before: number;
  from: number;
}

interface Compiled<T> {
  entries: Array<T & Entry>;
  /** Anchor word -> indexes of the entries anchored on it (see patternAnchor). */
  exact: Map<string, number[]>;
  /** Anchor prefix (`word*`) -> indexes of the entries anchored on it. */
  prefixes: Map<string, number[]>;
  /** The lengths of those prefixes, the only ones worth looking up. */
  prefixLengths: number[];
}

function compileAll<T>(items: T[], phraseOf: (item: T) => string): Compiled<T> {
  const exact = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  const entries = items.map((item, i) => {
    const phrase = phraseOf(item);
    const { keys, before, from } = patternAnchor(phrase);
    for (const key of keys) {
      const index = key.prefix ? prefixes : exact;
      const list = index.get(key.word);
      if (list) list.push(i);
      else index.set(key.word, [i]);
    }
    return { ...item, regex: compilePattern(phrase), before, from };
  });
  const prefixLengths = [...new Set([...prefixes.keys()].map((p) => p.length))].sort(
    (a, b) => a - b,
  );
  return { entries, exact, prefixes, prefixLengths };
}

/** A normalised text as words, each with where it starts and ends. */
interface Words {
  text: string;
  list: string[];
  starts: number[];
  ends: number[];
  /** Each distinct word and the indexes where it stands. */
  positions: Map<string, number[]>;
}

function wordsOf(text: string): Words {
  const list = text.split(" ");
  const starts: number[] = [];
  const ends: number[] = [];
  const positions = new Map<string, number[]>();
  let at = 0;
  list.forEach((word, i) => {
    starts.push(at);
    ends.push(at + word.length);
    at += word.length + 1;
    const seen = positions.get(word);
    if (seen) seen.push(i);
    else positions.set(word, [i]);
  });
  return { text, list, starts, ends, positions };
}

/**
 * Every match of every entry whose anchor occurs in the text, found by running its regex only
 * on the few words around each occurrence of the anchor: a long text costs little more than a
 * short one, however many entries the lists hold.
 */
function search<T>(
  compiled: Compiled<T>,
  words: Words,
): Array<{ entry: T & Entry; spans: Span[] }> {
  const hits = new Map<number, number[]>();
  const add = (entries: number[] | undefined, at: number[]) => {
    if (!entries) return;
    for (const i of entries) {
      const list = hits.get(i);
      if (list) list.push(...at);
      else hits.set(i, [...at]);
    }
  };
  for (const [word, at] of words.positions) {
    add(compiled.exact.get(word), at);
    for (const length of compiled.prefixLengths) {
      if (length > word.length) break;
      add(compiled.prefixes.get(word.slice(0, length)), at);
    }
  }
  const last = words.list.length - 1;
  return [...hits.keys()]
    .sort((a, b) => a - b)
    .map((i) => {
      const entry = compiled.entries[i]!;
      const spans: Span[] = [];
      // Windows of words around each anchor, merged where they overlap.
      let window: [number, number] | undefined;
      const run = ([from, to]: [number, number]) => {
        const offset = words.starts[from]!;
        const slice = words.text.slice(offset, words.ends[to]);
        for (const span of findSpans(entry.regex, slice)) {
          spans.push({ start: span.start + offset, end: span.end + offset });
        }
      };
      for (const at of hits.get(i)!.sort((a, b) => a - b)) {
        const next: [number, number] = [
          Math.max(0, at - entry.before),
          Math.min(last, at + entry.from - 1),
        ];
        if (window && next[0] <= window[1]) window[1] = Math.max(window[1], next[1]);
        else {
          if (window) run(window);
          window = next;
        }
      }
      if (window) run(window);
      return { entry, spans };
    })
    .filter((found) => found.spans.length > 0);
}

const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end;

/**
 * Compiles every list once (throws PatternError on a malformed entry) and returns a matcher.
 * Every text is checked against every language's list: students write in the language they
 * think in, not the page's. Matching normalises the text, runs the concerns whose anchor words
 * occur in it (around those words only) and, only if one matched, the idioms the same way; it
 * keeps each concern that has at least one occurrence outside every idiom span.
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
      const words = wordsOf(normalised);

      const raw = search(concerns, words);
      if (!raw.length) return none;

      const ignored = search(idioms, words).flatMap((found) => found.spans);
      const found: Array<ConcernMatch & Span> = [];
      for (const { entry, spans } of raw) {
        const real = spans.find((span) => !ignored.some((idiom) => inside(span, idiom)));
        if (real) found.push({ category: entry.category, phrase: entry.phrase, ...real });
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
