// Whether a story is told in the first person: the share of first-person singular forms among
// its words, with each language's pronouns. A heuristic: "I" stories use them on almost every
// other line, a story about "he" or "you" barely at all.
import { wordsOf } from "./readability";

const FORMS: Record<string, ReadonlySet<string>> = {
  en: new Set(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"]),
  da: new Set(["jeg", "mig", "min", "mit", "mine"]),
  nb: new Set(["jeg", "meg", "min", "mitt", "mi", "mine"]),
  nl: new Set(["ik", "me", "mij", "mijn", "mezelf", "mijzelf"]),
  et: new Set([
    "mina",
    "ma",
    "minu",
    "mu",
    "mind",
    "mulle",
    "mul",
    "minul",
    "minust",
    "minuga",
    "ennast",
  ]),
  fr: new Set(["je", "j", "me", "m", "moi", "mon", "ma", "mes"]),
};

/** At least this many first-person forms per 100 words. */
export const FIRST_PERSON_MIN_RATE = 2;

export function firstPersonRate(text: string, locale: string): number {
  const forms = FORMS[locale] ?? FORMS.en!;
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  // French elides: j'ai, m'a -> j, m.
  const hits = words.filter((word) => {
    const w = word.toLowerCase().replace(/’/g, "'");
    return forms.has(w) || forms.has(w.split("'")[0]!);
  }).length;
  return (100 * hits) / words.length;
}

export function isFirstPerson(text: string, locale: string): boolean {
  return firstPersonRate(text, locale) >= FIRST_PERSON_MIN_RATE;
}
