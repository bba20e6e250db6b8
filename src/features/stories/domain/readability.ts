// Reading-level estimates fit for each language, against the B1 target (an independent
// reader of everyday text). Each language uses the measure its readers know:
// - LIX (Björnsson 1968) for Danish, Norwegian and Estonian: words per sentence plus the
//   percentage of long words (more than six letters). Lower is easier; B1 is about 40 or less.
// - Flesch reading ease (1948) for English: 206.835 - 1.015 ASL - 84.6 ASW.
// - Flesch-Douma (1960) for Dutch: 206.835 - 0.93 ASL - 77 ASW.
// - Kandel-Moles (1958) for French: 209 - 1.15 ASL - 68 ASW.
// ASL: average sentence length in words; ASW: average syllables per word. Higher is easier; B1
// is about 60 or more ("plain" text).
// Syllables are counted as groups of vowels with each language's silent endings: an estimate,
// as the published formulas themselves are.

export type ReadabilityMeasure = "lix" | "flesch" | "flesch-douma" | "kandel-moles";

export interface ReadabilityEstimate {
  measure: ReadabilityMeasure;
  score: number;
  /** The B1 target for this measure: at most (LIX) or at least (the Flesch family). */
  target: number;
  meetsTarget: boolean;
}

export const B1_TARGET: Record<ReadabilityMeasure, number> = {
  lix: 40,
  flesch: 60,
  "flesch-douma": 60,
  "kandel-moles": 60,
};

const MEASURE_OF: Record<string, ReadabilityMeasure> = {
  da: "lix",
  nb: "lix",
  et: "lix",
  en: "flesch",
  nl: "flesch-douma",
  fr: "kandel-moles",
};

export function measureFor(locale: string): ReadabilityMeasure {
  return MEASURE_OF[locale] ?? "lix";
}

/** The words of a text: runs of letters (with inner apostrophes and hyphens) or digits. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences end with . ! ? (or …); a text with words and no end mark is one sentence. */
export function countSentences(text: string): number {
  const ends = text.split(/[.!?…]+(?=\s|$|["»”’)])/u).filter((part) => wordsOf(part).length > 0);
  return Math.max(ends.length, wordsOf(text).length > 0 ? 1 : 0);
}

const VOWELS: Record<string, RegExp> = {
  en: /[aeiouy]+/g,
  nl: /[aeiouyáéíóúàèëïöü]+/g,
  fr: /[aeiouyàâäéèêëîïôöùûüœæ]+/g,
};

/** Syllables of one word in English, Dutch or French (vowel groups, silent endings). */
export function countSyllables(word: string, locale: string): number {
  const w = word.toLowerCase().replace(/['’]/g, "");
  const groups = w.match(VOWELS[locale] ?? VOWELS.en!)?.length ?? 0;
  let silent = 0;
  if (locale === "en") {
    // A final silent e (make, gone), but not -le after a consonant (table) or "the"/"be".
    if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w) && groups > 1) silent = 1;
    else if (/[^aeiouytd]ed$/.test(w) && groups > 1) silent = 1; // walked, played
  } else if (locale === "fr") {
    // Mute final e, es and the verb ending ent (parle, parles, parlent).
    if (/[^aeiouy](e|es|ent)$/.test(w) && groups > 1) silent = 1;
  }
  return Math.max(1, groups - silent);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function lix(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, "").length > 6).length;
  return round1(words.length / countSentences(text) + (100 * long) / words.length);
}

/** The Flesch family: a + b * ASL + c * ASW with each language's published weights. */
function fleschLike(text: string, locale: string, a: number, b: number, c: number): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  const syllables = words.reduce((sum, w) => sum + countSyllables(w, locale), 0);
  return round1(a - b * (words.length / countSentences(text)) - c * (syllables / words.length));
}

export const fleschReadingEase = (text: string) => fleschLike(text, "en", 206.835, 1.015, 84.6);
export const fleschDouma = (text: string) => fleschLike(text, "nl", 206.835, 0.93, 77);
export const kandelMoles = (text: string) => fleschLike(text, "fr", 209, 1.15, 68);

export function estimateReadability(text: string, locale: string): ReadabilityEstimate {
  const measure = measureFor(locale);
  const score =
    measure === "lix"
      ? lix(text)
      : measure === "flesch"
        ? fleschReadingEase(text)
        : measure === "flesch-douma"
          ? fleschDouma(text)
          : kandelMoles(text);
  const target = B1_TARGET[measure];
  return {
    measure,
    score,
    target,
    meetsTarget: measure === "lix" ? score <= target : score >= target,
  };
}
