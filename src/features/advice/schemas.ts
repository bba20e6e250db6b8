// What a student sends when they write advice, shared by the form (checked before sending)
// and POST /api/v1/advice. Messages are stable codes; the form turns them into its own words.
import { z } from "zod";
import { locales } from "@/i18n/locales";
import { WRITING_ERRORS, WRITING_MAX_LENGTH } from "@/lib/writing";

export { WRITING_ERRORS, WRITING_MAX_LENGTH };

export const submissionIdSchema = z.uuid({ message: WRITING_ERRORS.invalid });

/** Free text a student writes: not blank, at most 2,000 characters once trimmed. */
export const writingSchema = z
  .string({ message: WRITING_ERRORS.empty })
  .trim()
  .min(1, WRITING_ERRORS.empty)
  .max(WRITING_MAX_LENGTH, WRITING_ERRORS.tooLong)
  // PostgreSQL text cannot hold NUL or a lone UTF-16 surrogate: refused here instead of
  // failing the insert with a 500.
  .refine(
    (text) =>
      !/\u0000|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text),
    WRITING_ERRORS.invalid,
  );

export const writingLocaleSchema = z.enum(locales, { message: WRITING_ERRORS.unknownLocale });

/** A story slug, checked against the slugs the caller knows (the library, or the page's). */
export function storySlugSchema(storySlugs: readonly string[]) {
  return z
    .string({ message: WRITING_ERRORS.unknownStory })
    .refine((slug) => storySlugs.includes(slug), WRITING_ERRORS.unknownStory);
}

/** A survey round's public code, as the survey links to the pathway with it (?from=). */
export const roundCodeSchema = z
  .string({ message: WRITING_ERRORS.invalid })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4,12}$/, WRITING_ERRORS.invalid);

export function adviceInputSchema(storySlugs: readonly string[]) {
  return z.object({
    submissionId: submissionIdSchema,
    text: writingSchema,
    locale: writingLocaleSchema,
    storySlug: storySlugSchema(storySlugs).optional(),
    consentToShare: z.boolean({ message: WRITING_ERRORS.invalid }),
    source: z.literal("PATHWAY", { message: WRITING_ERRORS.invalid }),
    /** The survey round the student came from: attaches the school, never the student. */
    roundCode: roundCodeSchema.optional(),
  });
}

export type AdviceInput = z.infer<ReturnType<typeof adviceInputSchema>>;

/** The answer to a stored (or already stored) piece of writing. */
export interface WritingReceipt {
  submissionId: string;
  /** The text suggests the student may need support: show who to talk to. */
  support: boolean;
}
