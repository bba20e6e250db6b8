// The safeguarding corpus: sentences as students write them, per language, in
// content/safeguarding/corpus/<language>.json. Every concern must flag and no harmless sentence
// may; the content check and a unit test hold the shipped lists to that, and
// `npm run content:check` prints the recall and false-alarm rate per language.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CONCERN_CATEGORIES, LIST_LANGUAGES, SAFEGUARDING_DIR, type ListLanguage } from "./lists";
import type { Matcher } from "./matcher";

export const CORPUS_DIR = path.join(SAFEGUARDING_DIR, "corpus");

/** Enough sentences per language for the figures to mean something. */
export const MIN_CONCERNS = 25;
export const MIN_HARMLESS = 15;

const sentence = z.string().trim().min(1, "empty sentence");

export const corpusSchema = z.strictObject({
  language: z.enum(LIST_LANGUAGES),
  /** Texts that must flag, each with the category staff should see. */
  concerns: z
    .array(z.strictObject({ text: sentence, category: z.enum(CONCERN_CATEGORIES) }))
    .min(MIN_CONCERNS, `needs at least ${MIN_CONCERNS} concerns`),
  /** Texts that must not flag: idioms and what a reflection or advice ordinarily says. */
  harmless: z.array(sentence).min(MIN_HARMLESS, `needs at least ${MIN_HARMLESS} harmless texts`),
});
export type Corpus = z.infer<typeof corpusSchema>;

export interface CorpusScore {
  language: ListLanguage;
  concerns: number;
  /** Concerns that did not flag, or flagged without their category. */
  missed: Array<{ text: string; category: string; got: string[] }>;
  harmless: number;
  falseAlarms: Array<{ text: string; phrases: string[] }>;
}

/** Runs one language's corpus through the matcher. */
export function scoreCorpus(corpus: Corpus, matcher: Matcher): CorpusScore {
  const missed = corpus.concerns.flatMap(({ text, category }) => {
    const got = matcher.match(text).categories;
    return got.includes(category) ? [] : [{ text, category, got }];
  });
  const falseAlarms = corpus.harmless.flatMap((text) => {
    const result = matcher.match(text);
    return result.flagged ? [{ text, phrases: result.matches.map((m) => m.phrase) }] : [];
  });
  return {
    language: corpus.language,
    concerns: corpus.concerns.length,
    missed,
    harmless: corpus.harmless.length,
    falseAlarms,
  };
}

export interface LoadedCorpus {
  language: ListLanguage;
  file: string;
  corpus?: Corpus;
  problems: string[];
}

/** Reads and validates every language's corpus file (from process.cwd() unless `dir`). */
export function loadCorpora(dir: string = path.join(process.cwd(), CORPUS_DIR)): LoadedCorpus[] {
  return LIST_LANGUAGES.map((language) => {
    const file = path.join(dir, `${language}.json`);
    if (!existsSync(file)) return { language, file, problems: ["the corpus is missing"] };
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      return { language, file, problems: [`not valid JSON: ${(error as Error).message}`] };
    }
    const parsed = corpusSchema.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (i) => `${i.path.join(".") || "(root)"}: ${i.message}`,
      );
      return { language, file, problems };
    }
    const problems: string[] = [];
    if (parsed.data.language !== language) {
      problems.push(`language is "${parsed.data.language}" but the file is for "${language}"`);
    }
    const covered = new Set(parsed.data.concerns.map((c) => c.category));
    for (const category of CONCERN_CATEGORIES) {
      if (!covered.has(category)) problems.push(`no concern of the category "${category}"`);
    }
    return { language, file, corpus: parsed.data, problems };
  });
}

const percent = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : "-");

/** The table `npm run content:check` prints: one row per language. */
export function corpusTable(scores: CorpusScore[]): string[] {
  const rows = [
    ["language", "concerns", "recall", "harmless", "false alarms"],
    ...scores.map((s) => [
      s.language,
      String(s.concerns),
      percent(s.concerns - s.missed.length, s.concerns),
      String(s.harmless),
      percent(s.falseAlarms.length, s.harmless),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join("  ")
      .trimEnd(),
  );
}
