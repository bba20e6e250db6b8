// National helplines shown to a student whose text raised a safeguarding flag, one file per
// country in content/help/<COUNTRY>.md (the ISO code the Institution stores, e.g. DK.md).
// Front matter holds the data; the Markdown body is for maintainers (sources, review notes).
import { readFileSync } from "node:fs";
import path from "node:path";
import { frontMatterProblem, parseFrontMatter, type FrontMatter } from "@/lib/content/front-matter";
import { z } from "zod";
import type { ContentProblem } from "@/lib/content/problem";
import { locales } from "@/i18n/locales";

export const HELP_DIR = path.join("content", "help");
export const HELP_COUNTRIES = ["DK", "EE", "FR", "NL", "NO"] as const;
export type HelpCountry = (typeof HELP_COUNTRIES)[number];

/** Digits with optional spaces or dashes, as people dial them: "112", "116 111", "0800-0113". */
const phone = z.string().regex(/^\+?\d(?:[\d -]*\d)?$/, "a phone number: digits, spaces, dashes");
const text = z.string().trim().min(1, "must not be empty");

const helplineSchema = z
  .strictObject({
    name: text,
    /** The first number is the main one. */
    phones: z.array(phone).min(1).optional(),
    /** Only when verified, e.g. "24/7"; leave out rather than guess. */
    hours: text.optional(),
    url: z.url({ protocol: /^https$/, message: "an https:// address" }).optional(),
    /** The general emergency number(s): shown first and apart from the helplines. */
    emergency: z.boolean().optional(),
    /** One or two gentle sentences per locale: who it is for and what to expect. */
    description: z.record(z.enum(locales), text),
  })
  .refine((h) => h.phones !== undefined || h.url !== undefined, {
    message: "needs phones or a url",
  });

const helpFrontMatterSchema = z.strictObject({
  country: z.enum(HELP_COUNTRIES),
  helplines: z
    .array(helplineSchema)
    .min(1)
    .refine((list) => list.some((h) => h.phones?.includes("112")), {
      message: "must list the European emergency number 112",
    }),
});

export type Helpline = z.infer<typeof helplineSchema>;
export type HelpResources = z.infer<typeof helpFrontMatterSchema>;

export interface ParsedHelpResources {
  resources?: HelpResources;
  problems: ContentProblem[];
}

const indentOf = (line: string | undefined) => (line ?? "").search(/\S/);
const isItem = (line: string | undefined) => /^\s*- /.test(line ?? "");

/** The end (exclusive) of the YAML node that starts on line `at`: its deeper-indented lines. */
function blockEnd(lines: string[], at: number): number {
  const base = indentOf(lines[at]);
  for (let i = at + 1; i < lines.length; i++) {
    const indent = indentOf(lines[i]);
    if (indent < 0) continue;
    // "key:" may have its "- " items at its own indent; an item ends at its next sibling.
    if (indent < base || (indent === base && (isItem(lines[at]) || !isItem(lines[i])))) return i;
  }
  return lines.length;
}

/**
 * The 1-based line of a front-matter path such as helplines.2.description.fr, found by walking
 * keys and list items inside each other's blocks; a missing key reports its parent's line.
 */
function lineForPath(lines: string[], keys: ReadonlyArray<PropertyKey>): number {
  const close = lines.indexOf("---", 1);
  let at = 0;
  let end = close > 0 ? close : lines.length;
  for (const key of keys) {
    let next = -1;
    if (typeof key === "number") {
      const indent = indentOf(lines.slice(at + 1, end).find(isItem));
      let count = -1;
      for (let i = at + 1; i < end && next < 0; i++) {
        if (isItem(lines[i]) && indentOf(lines[i]) === indent && ++count === key) next = i;
      }
    } else {
      const re = new RegExp(`^\\s*(?:- )?${String(key).replace(/[^\w-]/g, "")}\\s*:`);
      const from = isItem(lines[at]) ? at : at + 1;
      for (let i = from; i < end && next < 0; i++) if (re.test(lines[i] ?? "")) next = i;
    }
    if (next < 0) break;
    at = next;
    end = blockEnd(lines, at);
  }
  return at + 1;
}

/** Parses one help file's text; every problem comes back with the line it is on. */
export function parseHelpResources(source: string, file: string): ParsedHelpResources {
  let parsed: FrontMatter;
  try {
    parsed = parseFrontMatter(source);
  } catch (error) {
    return { problems: [frontMatterProblem(file, error)] };
  }
  if (Object.keys(parsed.data).length === 0) {
    return { problems: [{ file, line: 1, message: "front matter (--- ... ---) is missing" }] };
  }
  const result = helpFrontMatterSchema.safeParse(parsed.data);
  const lines = source.split("\n");
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => ({
        file,
        line: lineForPath(lines, issue.path),
        message: `${issue.path.join(".") || "(front matter)"}: ${issue.message}`,
      })),
    };
  }
  const expected = path.basename(file, ".md");
  if (result.data.country !== expected) {
    return {
      problems: [
        {
          file,
          line: lineForPath(lines, ["country"]),
          message: `country is "${result.data.country}" but the file is ${expected}.md`,
        },
      ],
    };
  }
  return { resources: result.data, problems: [] };
}

export class HelpResourcesError extends Error {}

const cache = new Map<string, HelpResources>();

/**
 * The helplines of one country, read from content/help/<COUNTRY>.md (from process.cwd()
 * unless `dir` is given) and cached. Throws naming the file and every problem in it.
 */
export function loadHelpResources(
  country: HelpCountry,
  dir: string = path.join(process.cwd(), HELP_DIR),
): HelpResources {
  const fullPath = path.join(dir, `${country}.md`);
  const cached = cache.get(fullPath);
  if (cached) return cached;
  const file = path.relative(process.cwd(), fullPath) || fullPath;
  const { resources, problems } = parseHelpResources(readFileSync(fullPath, "utf8"), file);
  if (!resources) {
    throw new HelpResourcesError(
      problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`).join("\n"),
    );
  }
  cache.set(fullPath, resources);
  return resources;
}

/** True for the countries that have a help file; Institution.country is a free string. */
export function isHelpCountry(value: unknown): value is HelpCountry {
  return typeof value === "string" && (HELP_COUNTRIES as readonly string[]).includes(value);
}
