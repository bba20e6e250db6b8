// The safeguarding phrase lists: one JSON file per language in content/safeguarding/. The schema
// lives here so the loader and the content check validate them the same way.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { locales } from "@/i18n/locales";

/** Where the lists live, relative to the app's working directory. */
export const SAFEGUARDING_DIR = path.join("content", "safeguarding");

/**
 * Every language with a list: the UI locales, then languages students write in without the app
 * speaking them (Russian, Ukrainian, Polish, Arabic). Every text is checked against all of them.
 */
export const LIST_LANGUAGES = [...locales, "ru", "uk", "pl", "ar"] as const;
export type ListLanguage = (typeof LIST_LANGUAGES)[number];

export function isListLanguage(value: unknown): value is ListLanguage {
  return typeof value === "string" && (LIST_LANGUAGES as readonly string[]).includes(value);
}

/** Most serious first: the order of a result's categories and of the staff labels. */
export const CONCERN_CATEGORIES = ["self-harm", "abuse", "danger", "bullying"] as const;
export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number];

const phrase = z.string().trim().min(1, "empty phrase");
const phrases = z.array(phrase).min(1, "needs at least one phrase");

export const safeguardingListSchema = z.strictObject({
  locale: z.enum(LIST_LANGUAGES),
  categories: z.strictObject({
    "self-harm": phrases,
    abuse: phrases,
    danger: phrases,
    bullying: phrases,
  }),
  /** Idioms that are not a concern; see content/safeguarding/README.md for what they do. */
  ignore: z.array(phrase),
});

export type SafeguardingList = z.infer<typeof safeguardingListSchema>;
export type SafeguardingLists = Record<ListLanguage, SafeguardingList>;

export class SafeguardingListError extends Error {}

/** The 1-based line of a JSON source where `needle` (a string value or key) first appears. */
export function lineOf(source: string, needle: string): number | undefined {
  const at = source.indexOf(JSON.stringify(needle));
  return at < 0 ? undefined : source.slice(0, at).split("\n").length;
}

/** Where JSON.parse failed, as a line: Node 20 gives a position, newer versions a line too. */
export function jsonErrorLine(source: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line?.[1]) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (position?.[1]) return source.slice(0, Number(position[1])).split("\n").length;
  return undefined;
}

export interface ParsedList {
  list?: SafeguardingList;
  problems: { line?: number; message: string }[];
}

/** Parses and validates one list file's text; every problem comes back with its line. */
export function parseSafeguardingList(source: string, expected: ListLanguage): ParsedList {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      problems: [{ line: jsonErrorLine(source, message), message: `not valid JSON: ${message}` }],
    };
  }
  const parsed = safeguardingListSchema.safeParse(json);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const key = [...issue.path].reverse().find((p) => typeof p === "string");
        return {
          line: typeof key === "string" ? lineOf(source, key) : undefined,
          message: `${issue.path.join(".") || "(root)"}: ${issue.message}`,
        };
      }),
    };
  }
  if (parsed.data.locale !== expected) {
    return {
      problems: [
        {
          line: lineOf(source, "locale"),
          message: `locale is "${parsed.data.locale}" but the file is for "${expected}"`,
        },
      ],
    };
  }
  return { list: parsed.data, problems: [] };
}

/**
 * Reads content/safeguarding/<language>.json for every list language (from process.cwd() unless `dir`
 * is given). Throws naming every bad file, so a broken list stops start-up rather than letting
 * concerns through unnoticed.
 */
export function loadSafeguardingLists(
  dir: string = path.join(process.cwd(), SAFEGUARDING_DIR),
): SafeguardingLists {
  const lists: Partial<SafeguardingLists> = {};
  const errors: string[] = [];
  for (const locale of LIST_LANGUAGES) {
    const file = path.join(dir, `${locale}.json`);
    let source: string;
    try {
      source = readFileSync(file, "utf8");
    } catch {
      errors.push(`${file}: missing`);
      continue;
    }
    const { list, problems } = parseSafeguardingList(source, locale);
    for (const p of problems) errors.push(`${file}${p.line ? `:${p.line}` : ""}: ${p.message}`);
    if (list) lists[locale] = list;
  }
  if (errors.length) throw new SafeguardingListError(errors.join("\n"));
  return lists as SafeguardingLists;
}
