import { z } from "zod";
import { locales, type Locale } from "@/i18n/locales";

/**
 * How each item kind is written in a definition file, and the fields the whole file shares.
 * Apart from definition.ts so the kinds' record (item-kinds.ts) and the file's schema can both
 * use them without importing each other.
 */

/** Every kind of survey item. A new kind fails the type check until ITEM_KINDS holds all its parts. */
export type ItemKind = "scale" | "multi" | "text";

export const itemKey = z
  .string()
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/, "use lower-case letters, digits and _ (e.g. open_support)");

const text = z
  .string({
    error: (issue) =>
      issue.input === undefined ? "missing text for this locale" : "expected text",
  })
  .trim()
  .min(1, "empty text");

// Every student-facing text exists in every locale of the app, and in no other.
export const localisedText = z.strictObject(
  Object.fromEntries(locales.map((locale) => [locale, text])) as Record<Locale, typeof text>,
);

const option = z.strictObject({
  key: itemKey,
  label: localisedText,
  /** An answer like "nothing in particular" that cannot be chosen with any other. */
  exclusive: z.boolean().default(false),
});

const itemBase = {
  key: itemKey,
  text: localisedText,
  hint: localisedText.optional(),
  /**
   * Where the item comes from (a citation), or that it was written for this survey. A scored
   * item's note says "reverse-scored here" exactly when it is in scoring.reverse, so the note a
   * researcher reads never disagrees with how the score is computed.
   */
  source: z.string().trim().min(1),
  /** A student can always skip; only a survey that truly needs an answer sets this. */
  required: z.boolean().default(false),
};

export const itemSchemas = {
  scale: z.strictObject({ ...itemBase, kind: z.literal("scale"), scale: itemKey }),
  multi: z.strictObject({
    ...itemBase,
    kind: z.literal("multi"),
    maxChoices: z.int().min(1),
    options: z.array(option).min(2),
  }),
  text: z.strictObject({
    ...itemBase,
    kind: z.literal("text"),
    maxLength: z.int().min(1).max(2000),
    /** A non-empty answer means "I would like support": the app invites the student too. */
    signalsSupport: z.boolean().default(false),
  }),
} satisfies { [K in ItemKind]: z.ZodType<{ kind: K }> };

type ItemSchema = (typeof itemSchemas)[ItemKind];

/** One item of any kind, as the file's `items` list accepts it. */
export const itemSchema = z.discriminatedUnion(
  "kind",
  Object.values(itemSchemas) as [ItemSchema, ...ItemSchema[]],
);

/** A parsed item of one kind. */
export type ItemOf<K extends ItemKind> = z.infer<(typeof itemSchemas)[K]>;
