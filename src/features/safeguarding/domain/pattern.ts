// Text normalisation and the tiny pattern syntax of the safeguarding lists (see
// content/safeguarding/README.md). Pure: no I/O, so the matcher and the content check share it.
//
// Both the student's text and every pattern go through the same normalisation, so a pattern
// written "slå mig selv ihjel" also matches "SLAA mig selv ihjel!!" and "sla mig selv ihjel".

/**
 * One character of a word in normalised text, which holds only letters and digits (of any
 * script) and single spaces. Saying "not a space" instead of [\p{L}\p{N}] keeps compiling and
 * running a pattern cheap; patterns only ever run on normalised text.
 */
const WORD = "[^ ]";
/** Zero to three whole words, each preceded by its single separating space. */
const GAP = `(?: ${WORD}+){0,3}`;

export class PatternError extends Error {}

/**
 * Lowercase, NFKC, diacritics stripped (é -> e, å -> a, õ/ä/ö/ü -> o/a/o/u), apostrophes
 * dropped ("don't" -> "dont", "j'ai" -> "jai", "б'є" -> "бє", as people type them anyway), every
 * other punctuation, emoji and whitespace run -> one space, and letter runs collapsed ("dieeee"
 * -> "die", "kill" -> "kil"). Collapsing applies to patterns too, so doubled letters never
 * matter. `keepNordic` leaves ø and æ for the pattern compiler, which turns them into
 * alternatives.
 *
 * Other scripts: Cyrillic й and ї are letters of their own, not и/і with an accent, so they
 * survive accent stripping; ё is written е by most Russians and becomes е. Arabic loses its
 * vowel marks and tatweel (ـ), and the letters people write interchangeably are folded:
 * أ إ آ -> ا (through their decomposed hamza), ى -> ي, ة -> ه, Persian ی ک -> ي ك.
 */
export function normalise(text: string, keepNordic = false): string {
  let s = text.normalize("NFKC").toLowerCase();
  // Zero-width and other format characters would otherwise split or hide words.
  s = s.replace(/\p{Cf}/gu, "");
  s = s.replace(/['’‘`´ʼ]/g, "");
  s = s.replace(/œ/g, "oe").replace(/ß/g, "ss").replace(/ł/g, "l").replace(/đ/g, "d");
  // ø and æ do not decompose under NFD; without a Nordic keyboard people type o/oe and ae/a.
  if (!keepNordic) s = s.replace(/ø/g, "o").replace(/æ/g, "ae");
  s = s.replace(/ё/g, "е").replace(/й/g, "\uE000").replace(/ї/g, "\uE001");
  s = s
    .replace(/\u0640/g, "")
    .replace(/[ىی]/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ک/g, "ك");
  s = s.normalize("NFD").replace(/\p{M}/gu, "");
  s = s.replace(/\uE000/g, "й").replace(/\uE001/g, "ї");
  s = s.replace(/[^\p{L}\p{N}]+/gu, " ");
  s = s.replace(/(\p{L})\1+/gu, "$1");
  return s.trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A normalised literal as regex source; ø and æ accept how they are typed without them. */
function literal(word: string): string {
  const source = escapeRegExp(word).replace(/ø/g, "(?:o|oe)").replace(/æ/g, "(?:ae|a)");
  return arabicPrefixes(word)
    ? `(?:[وف])?${/^[يتن]/.test(word) ? "(?:[بهحس])?" : ""}${source}`
    : source;
}

/**
 * Arabic joins "and" (و) and "so" (ف) to the next word, and a present verb (يضربني, he hits
 * me) takes the spoken-Arabic ب or the future ه, ح or س (بيضربني, هيضربني, سيضربني). A pattern
 * word in Arabic script therefore also matches with those prefixes, so lists need not spell
 * them out.
 */
function arabicPrefixes(word: string): boolean {
  return /^\p{Script=Arabic}/u.test(word);
}

/** Every written form `literal` accepts for an Arabic word: the key forms of the matcher index. */
function prefixedForms(word: string): string[] {
  if (!arabicPrefixes(word)) return [word];
  const tense = /^[يتن]/.test(word) ? ["", "ب", "ه", "ح", "س"] : [""];
  return ["", "و", "ف"].flatMap((and) => tense.map((t) => and + t + word));
}

/** One alternative of a token: "word", "word*" (word and any ending) or "*" (any one word). */
function alternative(raw: string, pattern: string): string {
  if (raw === "*") return `${WORD}+`;
  const prefix = raw.endsWith("*");
  const body = prefix ? raw.slice(0, -1) : raw;
  if (body.includes("*")) {
    throw new PatternError(`"${pattern}": "*" may only end a word or stand alone`);
  }
  const words = normalise(body, true).split(" ").filter(Boolean);
  if (words.length === 0) {
    throw new PatternError(`"${pattern}": "${raw}" has no letters or digits`);
  }
  // "self-harm" normalises to two words: fine as a whole token, not as one alternative of many.
  return words.map(literal).join(" ") + (prefix ? `${WORD}*` : "");
}

/**
 * Compiles one list entry. Syntax, on top of plain words:
 *   word*      any word that starts with "word"   (suicid* -> suicide, suicidal)
 *   a|b|c      any one of these words             (hits|hit|beats me)
 *   *          exactly one word, any              (this * is killing me)
 *   ...        zero to three words of any kind    (want to ... die -> want to just die)
 * The match always starts and ends on whole words. Throws PatternError when malformed.
 */
export function compilePattern(pattern: string): RegExp {
  const tokens = pattern.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) throw new PatternError("empty pattern");
  if (tokens[0] === "..." || tokens[tokens.length - 1] === "...") {
    throw new PatternError(`"${pattern}": "..." must stand between two words`);
  }
  let source = "";
  let gap = false;
  for (const token of tokens) {
    if (token === "...") {
      if (gap) throw new PatternError(`"${pattern}": two "..." in a row`);
      gap = true;
      continue;
    }
    const alternatives = token.split("|");
    if (alternatives.some((a) => a === "")) {
      throw new PatternError(`"${pattern}": empty alternative in "${token}"`);
    }
    const parts = alternatives.map((a) => alternative(a, pattern));
    const piece = parts.length === 1 ? (parts[0] ?? "") : `(?:${parts.join("|")})`;
    if (source) source += gap ? `${GAP} ` : " ";
    source += piece;
    gap = false;
  }
  if (!/[\p{L}\p{N}]/u.test(pattern)) {
    throw new PatternError(`"${pattern}": needs at least one word`);
  }
  return new RegExp(`(?<!${WORD})${source}(?!${WORD})`, "gu");
}

/**
 * A word the text must contain for the pattern to match: `exact` words or, for `word*`,
 * prefixes. The matcher looks these up in an index of the text's words and runs only the
 * patterns whose key is there, which keeps matching fast with thousands of entries.
 */
export interface PatternKey {
  word: string;
  prefix: boolean;
}

/** ø and æ as the compiled literal accepts them: dø -> do, doe. */
function nordicForms(word: string): string[] {
  let forms = [""];
  for (const ch of word) {
    const options = ch === "ø" ? ["o", "oe"] : ch === "æ" ? ["ae", "a"] : [ch];
    forms = forms.flatMap((f) => options.map((o) => f + o));
  }
  return forms;
}

/** Where a pattern's matches can be: its anchor's keys and the words around the anchor. */
export interface PatternAnchor {
  keys: PatternKey[];
  /** At most this many words of a match come before the anchor's first word. */
  before: number;
  /** At most this many words of a match start at the anchor's first word, the anchor included. */
  from: number;
}

/**
 * The pattern's most telling token (longest shortest key, then fewest alternatives) as its
 * anchor: any text the pattern matches contains one of the anchor's keys as a word (or a word
 * starting with it, for a prefix key), with at most `before` words of the match before it and
 * `from` words from it on. Assumes the pattern compiles.
 */
export function patternAnchor(pattern: string): PatternAnchor {
  const tokens = pattern.trim().split(/\s+/);
  // Each token's widest alternative in words; "..." stands for up to three words.
  const widths = tokens.map((token) =>
    token === "..."
      ? 3
      : Math.max(
          ...token
            .split("|")
            .map((raw) => normalise(raw.replace(/\*$/, "") || "x", true).split(" ").length),
        ),
  );
  let best = { keys: [] as PatternKey[], at: 0 };
  let bestScore = -1;
  tokens.forEach((token, at) => {
    if (token === "..." || token === "*") return;
    const keys = token.split("|").flatMap((raw) => {
      const prefix = raw.endsWith("*");
      const words = normalise(prefix ? raw.slice(0, -1) : raw, true).split(" ");
      const first = words[0] ?? "";
      return nordicForms(first)
        .flatMap(prefixedForms)
        .map((word) => ({ word, prefix: prefix && words.length === 1 }));
    });
    const shortest = Math.min(...keys.map((k) => k.word.length));
    const score = shortest * 100 - keys.length;
    if (score > bestScore) [best, bestScore] = [{ keys, at }, score];
  });
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  return {
    keys: best.keys,
    before: sum(widths.slice(0, best.at)),
    from: sum(widths.slice(best.at)),
  };
}

/**
 * A plain text the pattern must match, for the content check: wildcards dropped, first
 * alternative taken, gaps empty. "want to ... die" -> "want to die".
 */
export function samplePhrase(pattern: string): string {
  return pattern
    .trim()
    .split(/\s+/)
    .filter((t) => t !== "...")
    .map((t) => (t.split("|")[0] ?? "").replace(/\*$/, "") || "something")
    .join(" ");
}

export interface Span {
  start: number;
  end: number;
}

/** Every place the pattern matches, overlapping ones included (a later one may be real). */
export function findSpans(regex: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  // Reuse the compiled regex (recompiling a long alternation costs more than matching it).
  const re = regex.global ? regex : new RegExp(regex.source, regex.flags + "g");
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    // Look again from the next character: an overlapping later match may lie outside an idiom.
    re.lastIndex = m.index + 1;
  }
  re.lastIndex = 0;
  return spans;
}
