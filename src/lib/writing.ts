// The rules of what a student writes, shared by the forms in the browser (checked by hand:
// zod would be the largest part of a student page's JavaScript for a check of a few fields)
// and by the server's zod schemas (@/features/advice), which the pathway's tests hold to the
// same answers.
export const WRITING_MAX_LENGTH = 2000;

/** Codes of the field errors a writing form can get back, by field. */
export const WRITING_ERRORS = {
  empty: "empty",
  tooLong: "too_long",
  unknownStory: "unknown_story",
  unknownLocale: "unknown_locale",
  invalid: "invalid",
} as const;
export type WritingError = (typeof WRITING_ERRORS)[keyof typeof WRITING_ERRORS];

// PostgreSQL text cannot hold NUL or a lone UTF-16 surrogate.
const UNSTORABLE =
  /\u0000|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;
const UUID =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
const ROUND_CODE = /^[A-Z0-9]{4,12}$/;

/** Free text a student writes, trimmed: not blank, at most 2,000 characters, storable. */
export function checkWriting(
  value: unknown,
): { ok: true; text: string } | { ok: false; error: WritingError } {
  if (typeof value !== "string") return { ok: false, error: WRITING_ERRORS.empty };
  const text = value.trim();
  if (text.length < 1) return { ok: false, error: WRITING_ERRORS.empty };
  if (text.length > WRITING_MAX_LENGTH) return { ok: false, error: WRITING_ERRORS.tooLong };
  if (UNSTORABLE.test(text)) return { ok: false, error: WRITING_ERRORS.invalid };
  return { ok: true, text };
}

export const isSubmissionId = (value: unknown): value is string =>
  typeof value === "string" && UUID.test(value);

/** A survey round's public code as the server reads it (trimmed, in capitals), or undefined. */
export function roundCodeOf(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const code = value.trim().toUpperCase();
  return ROUND_CODE.test(code) ? code : undefined;
}
