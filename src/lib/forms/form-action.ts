// Reading and validating a form in a server action with the form's zod schema, and turning
// refusals (AppError) into a FormState the form can show.
import "server-only";
import type { z } from "zod";
import { isAppError } from "@/lib/http/errors";
import { isFormError, type FormError, type FormState } from "./form-state";

/** Fields never sent back to the browser. */
const SECRET_FIELDS = new Set(["password", "confirm", "token"]);

/** What was typed; a repeated field (`lists`, checkboxes) keeps every value, joined by commas. */
function typedValues(formData: FormData, lists: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !SECRET_FIELDS.has(key) && !key.startsWith("$")) {
      values[key] = lists.includes(key) && key in values ? `${values[key]},${value}` : value;
    }
  }
  // A list with nothing ticked is kept as that, so the form shows every box empty.
  for (const key of lists) values[key] ??= "";
  return values;
}

function asFormError(message: string): FormError {
  return isFormError(message) ? message : "invalid";
}

export type Parsed<T> =
  { ok: true; data: T; values: Record<string, string> } | { ok: false; state: FormState };

/** The form's fields as an object; `lists` are fields that may repeat (checkboxes). */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  lists: string[] = [],
): Parsed<z.output<S>> {
  const input: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    input[key] = lists.includes(key) ? formData.getAll(key) : formData.get(key);
  }
  for (const key of lists) input[key] ??= [];
  const values = typedValues(formData, lists);
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data, values };
  const errors: FormState["errors"] = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    errors[field] ??= asFormError(issue.message);
  }
  return { ok: false, state: { status: "error", errors, values } };
}

/**
 * A refusal from a server function as a FormState; anything unexpected is thrown on. A form
 * shows one message per field, so an error on a list item ("groupIds.1") is its field's.
 */
export function refused(error: unknown, values: Record<string, string>): FormState {
  if (!isAppError(error)) throw error;
  const errors: FormState["errors"] = {};
  for (const field of error.options.fields ?? []) {
    errors[field.field.split(".")[0]!] ??= asFormError(field.message);
  }
  const formError: FormError | undefined =
    error.code === "not_found"
      ? "notFound"
      : error.code === "unauthorized"
        ? "signedOut"
        : Object.keys(errors).length === 0
          ? "invalid"
          : undefined;
  return { status: "error", errors, formError, values };
}

export function succeeded(notice: string, output?: Record<string, string>): FormState {
  return { status: "success", errors: {}, values: {}, notice, output };
}

/** Runs an action's work; a refusal becomes the form's error state (redirects pass through). */
export async function guarded(
  values: Record<string, string>,
  work: () => Promise<FormState>,
): Promise<FormState> {
  try {
    return await work();
  } catch (error) {
    return refused(error, values);
  }
}
