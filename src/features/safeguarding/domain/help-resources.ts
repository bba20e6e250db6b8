// National helplines shown to a student whose text raised a safeguarding flag, one file per
// country of the country table (src/lib/countries.ts) in content/help/<COUNTRY>.md (the ISO
// code the Institution stores, e.g. DK.md). Front matter holds the data; the Markdown body is
// for maintainers (sources, what was verified when).
import { readFileSync } from "node:fs";
import path from "node:path";
import { frontMatterProblem, parseFrontMatter, type FrontMatter } from "@/lib/content/front-matter";
import { z } from "zod";
import type { ContentProblem } from "@/lib/content/problem";
import { COUNTRIES, isCountry, type Country } from "@/lib/countries";
import { locales } from "@/i18n/locales";
import { parseOpeningHours } from "./opening-hours";

export const HELP_DIR = path.join("content", "help");
/** Every country a school can be in has a help file: the content check holds the two together. */
export const HELP_COUNTRIES = COUNTRIES;
export type HelpCountry = Country;

/**
 * What a line is for. Each kind has a translated standard description (pathway.help.kinds), so
 * a country's file needs its own words only where a line is more particular than its kind.
 */
export const HELPLINE_KINDS = [
  /** 112 and other numbers for danger right now: shown first. */
  "emergency",
  /** Child and youth helplines, such as the European 116 111. */
  "children",
  /** Lines for young people, including young adults up to about 25. */
  "youth",
  /** Someone to talk to for anyone, such as the European 116 123. */
  "support",
  /** The national suicide prevention line (or the line that serves as one). */
  "suicide",
  /** For people who experienced violence, abuse or a crime, such as 116 006. */
  "violence",
  /** Harassment, bullying or threats online. */
  "online",
] as const;
export type HelplineKind = (typeof HELPLINE_KINDS)[number];

/** Digits with optional spaces or dashes, as people dial them: "112", "116 111", "0800-0113". */
const phone = z.string().regex(/^\+?\d(?:[\d -]*\d)?$/, "a phone number: digits, spaces, dashes");
const text = z.string().trim().min(1, "must not be empty");

const hours = z
  .union([z.string(), z.array(z.string())], {
    error: 'needs opening hours: "24/7" or slots such as "mon-fri 09:00-21:00"',
  })
  .transform((value, ctx) => {
    const parsed = parseOpeningHours(value);
    if (typeof parsed === "string") {
      ctx.addIssue({ code: "custom", message: parsed });
      return z.NEVER;
    }
    return parsed;
  });

/** The European harmonised numbers: each is for one kind of help wherever it runs. */
const HARMONISED: Readonly<Record<string, readonly HelplineKind[]>> = {
  "112": ["emergency"],
  "116 111": ["children", "youth"],
  "116 123": ["support", "suicide"],
  "116 006": ["violence"],
};

const helplineSchema = z
  .strictObject({
    name: text,
    kind: z.enum(HELPLINE_KINDS),
    /** The first number is the main one. */
    phones: z.array(phone).min(1).optional(),
    /** When it answers: "24/7" or slots such as "mon-fri 09:00-21:00" (opening-hours.ts). */
    hours,
    url: z.url({ protocol: /^https$/, message: "an https:// address" }).optional(),
    /** Only where the kind's standard words do not fit: one or two sentences per locale. */
    description: z.record(z.enum(locales), text).optional(),
  })
  .refine((h) => h.phones !== undefined || h.url !== undefined, {
    message: "needs phones or a url",
  })
  .superRefine((h, ctx) => {
    for (const number of h.phones ?? []) {
      const kinds = HARMONISED[number.replace(/[ -]/g, "").replace(/^116/, "116 ")];
      if (kinds && !kinds.includes(h.kind)) {
        ctx.addIssue({
          code: "custom",
          path: ["kind"],
          message: `${number} is a ${kinds.join(" or ")} line everywhere in Europe`,
        });
      }
    }
  });

const helpFrontMatterSchema = z
  .strictObject({
    country: z.string().refine(isCountry, {
      message: `a country of src/lib/countries.ts (${COUNTRIES.join(", ")})`,
    }),
    helplines: z
      .array(helplineSchema)
      .min(1)
      .refine((list) => list.some((h) => h.kind === "emergency" && h.phones?.includes("112")), {
        message: "must list the European emergency number 112",
      }),
    /**
     * Only for a country where no national suicide line could be confirmed: why, for
     * maintainers. Listing a number nobody could vouch for would be worse than none.
     */
    noNationalSuicideLine: text.optional(),
  })
  .superRefine((data, ctx) => {
    const listed = data.helplines.some((h) => h.kind === "suicide");
    if (!listed && data.noNationalSuicideLine === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["helplines"],
        message: "must list the national suicide prevention line (kind: suicide)",
      });
    }
    if (listed && data.noNationalSuicideLine !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["noNationalSuicideLine"],
        message: "a suicide prevention line is listed: remove noNationalSuicideLine",
      });
    }
  });

export type Helpline = z.infer<typeof helplineSchema>;
export type HelpResources = Omit<z.infer<typeof helpFrontMatterSchema>, "country"> & {
  country: HelpCountry;
};

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
  return { resources: result.data as HelpResources, problems: [] };
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
