// What a form's server action answers, and the form shows: field errors and a form-level
// message as keys of staff.json "errors" (translated by the form), and the values typed, so
// nothing is lost (passwords excepted).

export const FORM_ERRORS = [
  "required",
  "invalid",
  "invalidEmail",
  "tooLong",
  "passwordTooShort",
  "passwordTooLong",
  "passwordsDiffer",
  "invalidDate",
  "sizeRange",
  "minGroupSizeRange",
  "thresholdRange",
  "reminderHoursRange",
  "reflectionWeeksRange",
  "answerMonthsRange",
  "flagMonthsRange",
  "auditMonthsRange",
  "invalidCountry",
  "invalidLocale",
  "invalidRole",
  "alreadyMember",
  "lastAdmin",
  "notFound",
  "signedOut",
  "signInFailed",
  "tooManyAttempts",
  "mailFailed",
] as const;
export type FormError = (typeof FORM_ERRORS)[number];

export function isFormError(value: unknown): value is FormError {
  return typeof value === "string" && (FORM_ERRORS as readonly string[]).includes(value);
}

export interface FormState {
  status: "idle" | "error" | "success";
  /** Field name -> error key. */
  errors: Partial<Record<string, FormError>>;
  /** An error about the whole form. */
  formError?: FormError;
  /** What the person typed, shown again after an error. */
  values: Record<string, string>;
  /** A success message key, in the form's own namespace. */
  notice?: string;
  /** Extra output of a successful action (e.g. an invitation link to pass on). */
  output?: Record<string, string>;
}

export const IDLE: FormState = { status: "idle", errors: {}, values: {} };
