import { z } from "zod";
import type { Locale } from "@/i18n/locales";
import { kindSpec } from "./item-kinds";
import { itemKey, itemSchema, localisedText, type ItemOf } from "./item-schemas";

/**
 * The shape of a survey definition file (content/surveys/<key>.json) and its checks.
 * Pure: no Next.js, no Prisma, no file system, so the content check and the app share it.
 */

/** A micro-survey stays short: a few minutes on a phone. */
export const MAX_ITEMS = 10;

const surveyKey = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lower-case words joined by - (e.g. belonging-pulse)");

const scalePoint = z.strictObject({ value: z.int(), label: localisedText });

// Points go up by one (1, 2, 3...), so an answer is valid when it is a whole number in range.
const scale = z.strictObject({ points: z.array(scalePoint).min(2) }).superRefine((s, ctx) => {
  s.points.forEach((point, i) => {
    const previous = s.points[i - 1];
    if (previous && point.value !== previous.value + 1) {
      ctx.addIssue({
        code: "custom",
        path: ["points", i, "value"],
        message: `expected ${previous.value + 1}: values go up by 1 from one point to the next`,
      });
    }
  });
});

const percent = z.number().min(0).max(100);

/** How a scored item's source note says that it is reversed (see itemBase.source). */
const REVERSE_NOTE = /\breverse-scored here\b/i;

const scoring = z.strictObject({
  /** The scale items that make up the belonging score. */
  items: z.array(itemKey).min(1),
  /** Items where agreeing (a higher point) means less belonging. */
  reverse: z.array(itemKey).default([]),
  /** Fewer answered scored items than this gives no score and no band. */
  minAnswered: z.int().min(1),
  /** LOW: score < lowBelow; HIGH: score >= highFrom; MID in between. */
  bands: z.strictObject({ lowBelow: percent, highFrom: percent }),
});

export const surveyDefinitionSchema = z
  .strictObject({
    key: surveyKey,
    version: z.int().min(1),
    title: localisedText,
    intro: localisedText,
    minutes: z.int().min(1).max(10),
    scales: z.record(itemKey, scale),
    items: z.array(itemSchema).min(1).max(MAX_ITEMS),
    scoring,
  })
  .superRefine((definition, ctx) => {
    const report = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message });

    const kindByKey = new Map<string, SurveyItem["kind"]>();
    definition.items.forEach((it, i) => {
      if (kindByKey.has(it.key)) report(["items", i, "key"], `duplicate item key "${it.key}"`);
      kindByKey.set(it.key, it.kind);

      kindSpec(it.kind).check(it, definition, (path, message) =>
        report(["items", i, ...path], message),
      );
    });

    const scored = new Set<string>();
    definition.scoring.items.forEach((key, j) => {
      const kind = kindByKey.get(key);
      if (kind === undefined) report(["scoring", "items", j], `unknown item "${key}"`);
      else if (kindSpec(kind).score === null)
        report(["scoring", "items", j], `"${key}" is not a scale item`);
      if (scored.has(key)) report(["scoring", "items", j], `"${key}" is listed twice`);
      scored.add(key);
    });
    definition.scoring.reverse.forEach((key, j) => {
      if (!scored.has(key)) report(["scoring", "reverse", j], `"${key}" is not a scored item`);
    });
    const reversed = new Set(definition.scoring.reverse);
    definition.items.forEach((it, i) => {
      if (!scored.has(it.key)) return;
      const says = REVERSE_NOTE.test(it.source);
      if (says && !reversed.has(it.key)) {
        report(["items", i, "source"], `says "reverse-scored here" but is not in scoring.reverse`);
      } else if (!says && reversed.has(it.key)) {
        report(
          ["items", i, "source"],
          `is in scoring.reverse; say "reverse-scored here" in the note`,
        );
      }
    });
    if (definition.scoring.minAnswered > scored.size) {
      report(["scoring", "minAnswered"], `more than the ${scored.size} scored items`);
    }
    const { lowBelow, highFrom } = definition.scoring.bands;
    if (lowBelow >= highFrom) {
      report(["scoring", "bands"], `lowBelow (${lowBelow}) must be below highFrom (${highFrom})`);
    }
  });

export type SurveyDefinition = z.infer<typeof surveyDefinitionSchema>;
export type LocalisedText = Record<Locale, string>;
export type Scale = SurveyDefinition["scales"][string];
export type SurveyItem = SurveyDefinition["items"][number];
export type ScaleItem = ItemOf<"scale">;
export type MultiItem = ItemOf<"multi">;
export type TextItem = ItemOf<"text">;
export type BandThresholds = SurveyDefinition["scoring"]["bands"];

/** A definition file that failed its checks: the message names the file and each JSON path. */
export class SurveyDefinitionError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid survey definition ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SurveyDefinitionError";
  }
}

/** Validates parsed JSON as a survey definition; `file` is only used in the error message. */
export function parseSurveyDefinition(json: unknown, file: string): SurveyDefinition {
  const result = surveyDefinitionSchema.safeParse(json);
  if (result.success) return result.data;
  throw new SurveyDefinitionError(
    file,
    result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
  );
}

/** A JSON path as people write it: items[2].text.nb */
function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((part, i) => {
      if (typeof part === "number") return `[${part}]`;
      return i === 0 ? String(part) : `.${String(part)}`;
    })
    .join("");
}

export { scaleRange } from "./item-kinds";
