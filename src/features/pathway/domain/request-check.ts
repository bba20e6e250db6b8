// The pathway's two requests checked by hand before sending, so that zod stays out of the
// page's JavaScript (see @/lib/writing); POST /api/v1/advice and /api/v1/reflections still
// validate every request with adviceInputSchema and reflectionInputSchema, and the tests hold
// the checks and the schemas to the same answers.
import { isLocale, type Locale } from "@/i18n/locales";
import {
  WRITING_ERRORS,
  checkWriting,
  isSubmissionId,
  roundCodeOf,
  type WritingError,
} from "@/lib/writing";

/** A field the form got wrong, named as the server names it. */
export interface FieldIssue {
  field: string;
  message: WritingError;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; issues: FieldIssue[] };

type CommonInput = {
  submissionId: string;
  text: string;
  locale: Locale;
  roundCode?: string;
};

/** The fields every piece of writing carries, checked; issues are added to `issues`. */
function checkCommon(input: Record<string, unknown>, issues: FieldIssue[]): CommonInput {
  const { submissionId, text, locale, roundCode } = input;
  if (!isSubmissionId(submissionId)) {
    issues.push({ field: "submissionId", message: WRITING_ERRORS.invalid });
  }
  const writing = checkWriting(text);
  if (!writing.ok) issues.push({ field: "text", message: writing.error });
  if (!isLocale(locale)) issues.push({ field: "locale", message: WRITING_ERRORS.unknownLocale });
  const code = roundCode === undefined ? undefined : roundCodeOf(roundCode);
  if (roundCode !== undefined && code === undefined) {
    issues.push({ field: "roundCode", message: WRITING_ERRORS.invalid });
  }
  return {
    submissionId: submissionId as string,
    text: writing.ok ? writing.text : "",
    locale: locale as Locale,
    ...(code === undefined ? {} : { roundCode: code }),
  };
}

/** A story slug the caller knows; an issue is added to `issues` when not. */
function checkStory(
  slug: unknown,
  storySlugs: readonly string[],
  issues: FieldIssue[],
): slug is string {
  if (typeof slug === "string" && storySlugs.includes(slug)) return true;
  issues.push({ field: "storySlug", message: WRITING_ERRORS.unknownStory });
  return false;
}

export type AdviceBody = CommonInput & {
  storySlug?: string;
  consentToShare: boolean;
  source: "PATHWAY";
};

/** What POST /api/v1/advice accepts (adviceInputSchema), checked before sending. */
export function checkAdviceInput(
  input: Record<string, unknown>,
  storySlugs: readonly string[],
): Checked<AdviceBody> {
  const issues: FieldIssue[] = [];
  const common = checkCommon(input, issues);
  const { storySlug, consentToShare, source } = input;
  const hasStory = storySlug !== undefined && checkStory(storySlug, storySlugs, issues);
  if (typeof consentToShare !== "boolean") {
    issues.push({ field: "consentToShare", message: WRITING_ERRORS.invalid });
  }
  if (source !== "PATHWAY") issues.push({ field: "source", message: WRITING_ERRORS.invalid });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    data: {
      ...common,
      ...(hasStory ? { storySlug } : {}),
      consentToShare: consentToShare as boolean,
      source: "PATHWAY",
    },
  };
}

export type ReflectionBody = CommonInput & {
  storySlug: string;
};

/** What POST /api/v1/reflections accepts (reflectionInputSchema), checked before sending. */
export function checkReflectionInput(
  input: Record<string, unknown>,
  storySlugs: readonly string[],
): Checked<ReflectionBody> {
  const issues: FieldIssue[] = [];
  const common = checkCommon(input, issues);
  const { storySlug } = input;
  const known = checkStory(storySlug, storySlugs, issues);
  if (!known || issues.length > 0) return { ok: false, issues };
  return { ok: true, data: { ...common, storySlug } };
}

/**
 * The school code a student typed, as POST /api/v1/school reads it (schoolCodeInputSchema):
 * spaces and dashes dropped, in capitals; undefined when it cannot be a code.
 */
export function schoolCodeOf(typed: unknown): string | undefined {
  if (typeof typed !== "string" || typed.length > 40) return undefined;
  const code = typed
    .normalize("NFKC")
    .replace(/[\s\u002d\u2010-\u2015\u2212]/g, "")
    .toUpperCase();
  return /^[A-Z0-9]{4,12}$/.test(code) ? code : undefined;
}
