import type { Locale } from "@/i18n/locales";
import type { AnswerRow } from "./answer-rows";
import type { SurveyDefinition } from "./definition";
import { itemSchemas, type ItemKind, type ItemOf } from "./item-schemas";

/**
 * One record per item kind, holding every part the app needs of it. Adding a kind to ItemKind
 * fails the type check until its record has them all; the phone's drawing of each kind is the
 * one part kept apart, in components/question-kinds.tsx, so this file stays free of React.
 */

/** The separator between a multi item's key and an option's key, e.g. "barriers.language". */
export const OPTION_SEPARATOR = ".";

/** What the phone is given of an item, beside its key, text and hint. */
export interface LocalisedParts {
  scale: { points: { value: number; label: string }[] };
  multi: { maxChoices: number; options: { key: string; label: string; exclusive: boolean }[] };
  text: { maxLength: number };
}

/** How the dashboard reads an item, beside its key and label. */
export interface ResultParts {
  scale: { scale: { min: number; max: number; reverse: boolean } };
  multi: { options: { key: string; label: string }[] };
  text: Record<never, never>;
}

/** An item as the dashboard reads it. */
export type ItemResults<K extends ItemKind> = { key: string; label: string } & ResultParts[K];

type Report = (path: (string | number)[], message: string) => void;

export interface ItemKindSpec<K extends ItemKind> {
  /** How the item is written in a definition file. */
  schema: (typeof itemSchemas)[K];
  /** Checks against the rest of the file, e.g. that the scale it names exists. */
  check(item: ItemOf<K>, definition: SurveyDefinition, report: Report): void;
  /** What is wrong with an answer that is not skipped; undefined when it is valid. */
  problem(definition: SurveyDefinition, item: ItemOf<K>, value: unknown): string | undefined;
  /** The Answer rows stored for a valid answer. */
  rows(item: ItemOf<K>, answer: unknown): AnswerRow[];
  /** The answer's part of the belonging score, 0-1 before reversing; null: never scored. */
  score:
    ((definition: SurveyDefinition, item: ItemOf<K>, value: unknown) => number | undefined) | null;
  /** What the phone is given, in one language. */
  localise(definition: SurveyDefinition, item: ItemOf<K>, locale: Locale): LocalisedParts[K];
  /** How the dashboard reads the item's results, labelled in the viewer's language. */
  results(definition: SurveyDefinition, item: ItemOf<K>, locale: Locale): ResultParts[K];
  /** The item's columns in the responses export. */
  exportColumns(item: ItemOf<K>): string[];
}

export const ITEM_KINDS = {
  scale: {
    schema: itemSchemas.scale,
    check(item, definition, report) {
      if (!Object.hasOwn(definition.scales, item.scale)) {
        report(["scale"], `unknown scale "${item.scale}"`);
      }
    },
    problem(definition, item, value) {
      if (isScaleValue(definition, item, value)) return undefined;
      const { min, max } = scaleRange(definition, item);
      return `Choose a whole number from ${min} to ${max}.`;
    },
    rows: (item, answer) =>
      typeof answer === "number" ? [{ itemKey: item.key, value: answer, text: null }] : [],
    score(definition, item, value) {
      if (!isScaleValue(definition, item, value)) return undefined;
      const { min, max } = scaleRange(definition, item);
      return (value - min) / (max - min);
    },
    localise: (definition, item, locale) => ({
      points: (definition.scales[item.scale]?.points ?? []).map((point) => ({
        value: point.value,
        label: point.label[locale],
      })),
    }),
    results: (definition, item) => ({
      scale: {
        ...scaleRange(definition, item),
        reverse: definition.scoring.reverse.includes(item.key),
      },
    }),
    exportColumns: (item) => [item.key],
  },
  multi: {
    schema: itemSchemas.multi,
    check(item, _definition, report) {
      const seen = new Set<string>();
      item.options.forEach((o, j) => {
        if (seen.has(o.key)) report(["options", j, "key"], `duplicate option "${o.key}"`);
        seen.add(o.key);
      });
      if (item.maxChoices > item.options.length) {
        report(["maxChoices"], `more than the ${item.options.length} options`);
      }
    },
    problem: (_definition, item, value) => multiProblem(item, value),
    // One row per chosen option (item.option, value 1), so results count barriers with the
    // (item_key, value) index instead of parsing lists.
    rows: (item, answer) =>
      Array.isArray(answer)
        ? (answer as readonly string[]).map((option) => ({
            itemKey: `${item.key}${OPTION_SEPARATOR}${option}`,
            value: 1,
            text: null,
          }))
        : [],
    score: null,
    localise: (_definition, item, locale) => ({
      maxChoices: item.maxChoices,
      options: item.options.map((option) => ({
        key: option.key,
        label: option.label[locale],
        exclusive: option.exclusive,
      })),
    }),
    results: (_definition, item, locale) => ({
      options: item.options.map((o) => ({ key: o.key, label: o.label[locale] })),
    }),
    exportColumns: (item) => item.options.map((o) => `${item.key}${OPTION_SEPARATOR}${o.key}`),
  },
  text: {
    schema: itemSchemas.text,
    check() {},
    problem(_definition, item, value) {
      if (typeof value !== "string") return "Expected text.";
      // Characters as people count them: an emoji is one, not two UTF-16 units.
      if ([...value].length > item.maxLength) return `Write at most ${item.maxLength} characters.`;
      return undefined;
    },
    rows: (item, answer) =>
      typeof answer === "string" && answer.trim() !== ""
        ? [{ itemKey: item.key, value: null, text: answer.trim() }]
        : [],
    score: null,
    localise: (_definition, item) => ({ maxLength: item.maxLength }),
    results: () => ({}),
    // No column: free text is not part of this export.
    exportColumns: () => [],
  },
} satisfies { [K in ItemKind]: ItemKindSpec<K> };

/** Every kind, in the record's order. */
export const itemKinds = Object.keys(ITEM_KINDS) as ItemKind[];

/** The record of one kind. Pass `item.kind` and the item together, as in kindSpec(item.kind).rows(item, …). */
export function kindSpec<K extends ItemKind>(kind: K): ItemKindSpec<K> {
  // TypeScript cannot pair a union of items with a union of records; each item meets only its
  // own kind's record, so this one cast is safe.
  return ITEM_KINDS[kind] as unknown as ItemKindSpec<K>;
}

/** The lowest and highest point of a scale item (checked to exist when the file was parsed). */
export function scaleRange(
  definition: SurveyDefinition,
  item: ItemOf<"scale">,
): { min: number; max: number } {
  const points = definition.scales[item.scale]?.points ?? [];
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) throw new Error(`Survey "${definition.key}": no scale "${item.scale}"`);
  return { min: first.value, max: last.value };
}

function isScaleValue(
  definition: SurveyDefinition,
  item: ItemOf<"scale">,
  value: unknown,
): value is number {
  const { min, max } = scaleRange(definition, item);
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

function multiProblem(item: ItemOf<"multi">, value: unknown): string | undefined {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    return "Expected a list of options.";
  }
  const options = new Map(item.options.map((option) => [option.key, option]));
  const unknownKey = value.find((key) => !options.has(key));
  if (unknownKey !== undefined) return `Unknown option "${unknownKey}".`;
  if (new Set(value).size !== value.length) return "An option is chosen twice.";
  if (value.length > item.maxChoices) return `Choose at most ${item.maxChoices}.`;
  const exclusive = value.find((key) => options.get(key)?.exclusive);
  if (exclusive !== undefined && value.length > 1) {
    return `"${exclusive}" cannot be chosen with other options.`;
  }
  return undefined;
}
