// The name rule: a story never carries a real student's name unless the author records the
// student's consent. Without consent the story is told under a made-up name (the name field),
// and other people in it are named by their role ("my trainer", "a classmate"). So any other
// capitalised word inside a sentence may be a person's name: it blocks publishing until it is
// replaced, or the author lists it as a place or thing (a town, a company), or consent is
// recorded. The first word of a sentence is not looked at (it is capitalised anyway).
import { wordsOf } from "./readability";

/**
 * Capitalised words that are never people's names: the English "I", days and months (the
 * other languages write them in lower case).
 */
const NEVER_NAMES = new Set([
  "I",
  "I'm",
  "I've",
  "I'd",
  "I'll",
  ..."Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" "),
  ..."January February March April May June July August September October November December".split(
    " ",
  ),
]);

/** Capitalised words inside sentences, each once, in the order they appear. */
export function capitalisedInside(text: string): string[] {
  const found: string[] = [];
  for (const sentence of text.split(/(?<=[.!?…:])\s+|\n+/u)) {
    // Quoted speech starts a sentence of its own.
    const parts = sentence.split(/["«»“”„]\s*/u);
    for (const part of parts) {
      const words = wordsOf(part);
      for (const word of words.slice(1)) {
        if (/^\p{Lu}/u.test(word) && !NEVER_NAMES.has(word) && !found.includes(word))
          found.push(word);
      }
    }
  }
  return found;
}

/**
 * The words of a text that may be real people's names, given the story's facts. Empty when
 * consent is recorded, since the author then vouches for every name in it.
 */
export function possibleNames(
  text: string,
  facts: { speakerName: string; nameConsent: boolean; properNouns: readonly string[] },
): string[] {
  if (facts.nameConsent) return [];
  const allowed = new Set(
    [...wordsOf(facts.speakerName), ...facts.properNouns.flatMap((n) => wordsOf(n))].map((w) =>
      w.toLowerCase(),
    ),
  );
  return capitalisedInside(text).filter((w) => !allowed.has(w.toLowerCase().replace(/['’]s$/, "")));
}
