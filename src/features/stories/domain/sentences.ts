// Splits a paragraph into sentences, so read-aloud can speak one at a time and highlight the
// one being read. Deterministic (no Intl.Segmenter): the server splits and the browser only
// highlights, so both always agree on where a sentence starts.

/** Abbreviations that end in a period without ending the sentence, by language. */
const ABBREVIATIONS: Record<string, readonly string[]> = {
  en: ["mr", "mrs", "ms", "dr", "st", "e.g", "i.e", "etc", "vs", "approx"],
  da: ["hr", "fru", "dr", "bl.a", "f.eks", "ca", "dvs", "nr", "jf", "evt", "osv", "mht", "kl"],
  nb: ["hr", "fru", "dr", "bl.a", "f.eks", "ca", "dvs", "nr", "jf", "evt", "osv", "mht", "kl"],
  nl: ["dhr", "mevr", "dr", "bijv", "o.a", "ca", "nr", "enz", "d.w.z", "m.a.w", "z.g.a.n"],
  et: ["hr", "pr", "dr", "nt", "jne", "vms", "u", "ca", "nr", "vt", "lk", "kl"],
  fr: ["m", "mme", "mlle", "dr", "p.ex", "env", "etc", "cf", "n°", "av", "apr"],
};

/**
 * A candidate end: terminators, then any closing quotes or brackets, then whitespace before
 * what looks like a new sentence (a capital, a digit, an opening quote or a dialogue dash).
 */
const END = /[.!?…]+[\s\u00a0]*["”»’)\]]*(?=\s+["“«‘(\[–—-]?[\s\u00a0]*[\p{Lu}\p{N}])/gu;

const WORD_CHAR = /[\p{L}\p{N}.°]/u;

/** The word that ends at `index`, read backwards (a regex anchored at the end of the text
 * before it would try every earlier position: quadratic in a long paragraph). */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start -= 1;
  return text.slice(start, index).toLowerCase();
}

function isAbbreviation(text: string, end: number, locale: string): boolean {
  if (text[end] !== ".") return false;
  const word = wordBefore(text, end);
  // A single letter: an initial, or French "M." before a surname.
  if (/^\p{L}$/u.test(word)) return true;
  return (ABBREVIATIONS[locale] ?? ABBREVIATIONS.en!).includes(word);
}

/** The sentences of one paragraph, in order; joined with single spaces they give it back. */
export function splitSentences(paragraph: string, locale: string): string[] {
  const text = paragraph.replace(/\s+/g, " ").trim();
  if (!text) return [];
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(END)) {
    if (isAbbreviation(text, match.index, locale)) continue;
    const end = match.index + match[0].length;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
