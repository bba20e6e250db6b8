// The content check for safeguarding: the phrase lists in content/safeguarding, the corpus in
// content/safeguarding/corpus and the helpline files in content/help. A broken list could let a real concern through unflagged, so every
// problem is reported with its file and, where known, its line.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ContentCheck, ContentProblem } from "@/lib/content/problem";
import { HELP_COUNTRIES, HELP_DIR, parseHelpResources } from "./help-resources";
import { corpusTable, loadCorpora, scoreCorpus, type CorpusScore } from "./corpus";
import {
  CONCERN_CATEGORIES,
  isListLanguage,
  LIST_LANGUAGES,
  lineOf,
  parseSafeguardingList,
  SAFEGUARDING_DIR,
  type SafeguardingList,
  type ListLanguage,
  type SafeguardingLists,
} from "./lists";
import { createMatcher, type Matcher } from "./matcher";
import { compilePattern, normalise, samplePhrase } from "./pattern";

const rel = (dir: string, name: string) =>
  path.relative(process.cwd(), path.join(dir, name)) || name;

/** Every entry compiles and appears once; returns the list with broken entries left out. */
function checkPatterns(
  list: SafeguardingList,
  source: string,
  file: string,
  out: ContentProblem[],
) {
  const valid = (phrases: string[], where: string) =>
    phrases.filter((phrase, index) => {
      const line = lineOf(source, phrase);
      if (phrases.indexOf(phrase) !== index) {
        out.push({ file, line, message: `${where}: "${phrase}" is listed twice` });
      }
      try {
        compilePattern(phrase);
        return true;
      } catch (error) {
        out.push({ file, line, message: `${where}: ${(error as Error).message}` });
        return false;
      }
    });
  const { categories } = list;
  return {
    ...list,
    categories: {
      "self-harm": valid(categories["self-harm"], "self-harm"),
      abuse: valid(categories.abuse, "abuse"),
      danger: valid(categories.danger, "danger"),
      bullying: valid(categories.bullying, "bullying"),
    },
    ignore: valid(list.ignore, "ignore"),
  };
}

/**
 * Each concern phrase must flag its own plain wording under every language's idioms (they all
 * apply to every text). If an idiom swallows it, the phrase could never flag.
 */
function checkNotIgnored(
  lists: SafeguardingLists,
  sources: Map<ListLanguage, [string, string]>,
  matcher: Matcher,
) {
  const problems: ContentProblem[] = [];
  const idioms = LIST_LANGUAGES.flatMap((language) => lists[language].ignore);
  for (const locale of LIST_LANGUAGES) {
    const [file, source] = sources.get(locale) ?? [rel(SAFEGUARDING_DIR, `${locale}.json`), ""];
    for (const category of CONCERN_CATEGORIES) {
      for (const phrase of lists[locale].categories[category]) {
        const sample = samplePhrase(phrase);
        const found = matcher.match(sample).matches;
        if (found.some((m) => m.phrase === phrase && m.category === category)) continue;
        const culprit = idioms.find((idiom) => compilePattern(idiom).test(normalise(sample)));
        problems.push({
          file,
          line: lineOf(source, phrase),
          message: culprit
            ? `${category}: "${phrase}" is swallowed by the ignore entry "${culprit}" and can never flag`
            : `${category}: "${phrase}" does not match its own wording "${sample}"`,
        });
      }
    }
  }
  return problems;
}

/** Validates content/safeguarding/<language>.json for every list language; `dir` for tests. */
export function checkSafeguardingLists(
  dir: string = path.join(process.cwd(), SAFEGUARDING_DIR),
): ContentProblem[] {
  return readSafeguardingLists(dir).problems;
}

/** The problems of every list file and, when every language's file is usable, the lists. */
function readSafeguardingLists(dir: string): {
  problems: ContentProblem[];
  lists?: SafeguardingLists;
  matcher?: Matcher;
} {
  const problems: ContentProblem[] = [];
  if (!existsSync(dir)) return { problems: [{ file: rel(dir, ""), message: "folder is missing" }] };
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    if (!isListLanguage(path.basename(name, ".json"))) {
      problems.push({
        file: rel(dir, name),
        message: `not a list language (${LIST_LANGUAGES.join(", ")})`,
      });
    }
  }
  const lists: Partial<SafeguardingLists> = {};
  const sources = new Map<ListLanguage, [string, string]>();
  for (const locale of LIST_LANGUAGES) {
    const file = rel(dir, `${locale}.json`);
    const fullPath = path.join(dir, `${locale}.json`);
    if (!existsSync(fullPath)) {
      problems.push({ file, message: `the ${locale} list is missing` });
      continue;
    }
    const source = readFileSync(fullPath, "utf8");
    const parsed = parseSafeguardingList(source, locale);
    problems.push(...parsed.problems.map((p) => ({ file, ...p })));
    if (!parsed.list) continue;
    lists[locale] = checkPatterns(parsed.list, source, file, problems);
    sources.set(locale, [file, source]);
  }
  // The ignore check needs every language (every idiom applies to every text).
  if (!LIST_LANGUAGES.every((l) => lists[l])) return { problems };
  const matcher = createMatcher(lists as SafeguardingLists);
  problems.push(...checkNotIgnored(lists as SafeguardingLists, sources, matcher));
  return { problems, lists: lists as SafeguardingLists, matcher };
}

/**
 * Runs every language's corpus through a matcher of `lists`: a missed concern or a flagged
 * harmless text is a problem. Returns the scores for the table.
 */
export function checkCorpora(
  lists: SafeguardingLists,
  dir?: string,
  matcher: Matcher = createMatcher(lists),
): { problems: ContentProblem[]; scores: CorpusScore[] } {
  const problems: ContentProblem[] = [];
  const scores: CorpusScore[] = [];
  for (const loaded of loadCorpora(dir)) {
    const file = path.relative(process.cwd(), loaded.file) || loaded.file;
    problems.push(...loaded.problems.map((message) => ({ file, message })));
    if (!loaded.corpus) continue;
    const score = scoreCorpus(loaded.corpus, matcher);
    scores.push(score);
    for (const m of score.missed) {
      const got = m.got.length ? `flags only ${m.got.join(", ")}` : "does not flag";
      problems.push({ file, message: `missed ${m.category}: ${got}: ${JSON.stringify(m.text)}` });
    }
    for (const f of score.falseAlarms) {
      problems.push({
        file,
        message: `false alarm (${f.phrases.join("; ")}): ${JSON.stringify(f.text)}`,
      });
    }
  }
  return { problems, scores };
}

/** Validates content/help/<COUNTRY>.md for every country; `dir` for tests. */
export function checkHelpFiles(dir: string = path.join(process.cwd(), HELP_DIR)): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!existsSync(dir)) return [{ file: rel(dir, ""), message: "folder is missing" }];
  const known = new Set<string>(HELP_COUNTRIES);
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".md"))) {
    if (!known.has(path.basename(name, ".md")) && name !== "README.md") {
      problems.push({
        file: rel(dir, name),
        message: `unknown country (expected ${HELP_COUNTRIES.join(", ")})`,
      });
    }
  }
  for (const country of HELP_COUNTRIES) {
    const file = rel(dir, `${country}.md`);
    const fullPath = path.join(dir, `${country}.md`);
    if (!existsSync(fullPath)) {
      problems.push({ file, message: `the help file for ${country} is missing` });
      continue;
    }
    problems.push(...parseHelpResources(readFileSync(fullPath, "utf8"), file).problems);
  }
  return problems;
}

function checkShipped() {
  const { problems, lists, matcher } = readSafeguardingLists(
    path.join(process.cwd(), SAFEGUARDING_DIR),
  );
  const corpora = lists ? checkCorpora(lists, undefined, matcher) : { problems: [], scores: [] };
  return { problems: [...problems, ...corpora.problems], scores: corpora.scores };
}

export const safeguardingContentCheck: ContentCheck = {
  name: "safeguarding",
  run(): ContentProblem[] {
    return [...checkShipped().problems, ...checkHelpFiles()];
  },
  summary(): string[] {
    return corpusTable(checkShipped().scores);
  },
};
