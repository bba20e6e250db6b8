"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { staffContext } from "@/features/staff";
import { isAppError } from "@/lib/http";
import { startSession } from "../server/start-session";
import { START_FIELDS, type StartFormState, type StartField } from "../start-form-state";

function fieldOf(path: string): StartField | null {
  const top = path.split(".")[0];
  return START_FIELDS.find((field) => field === top) ?? null;
}

/** The start form's action: starts the session and opens its projector view. */
export async function startSessionFromForm(
  _: StartFormState,
  formData: FormData,
): Promise<StartFormState> {
  const values = {
    groupId: String(formData.get("groupId") ?? ""),
    storySlugs: formData.getAll("storySlugs").map(String),
    locale: String(formData.get("locale") ?? ""),
  };
  let started: { id: string };
  try {
    started = await startSession(await staffContext("classroom:run"), values);
  } catch (error) {
    if (!isAppError(error) || error.code !== "validation_failed") {
      return { values, errors: {}, formError: true };
    }
    const fields = error.options.fields ?? [];
    const errors: StartFormState["errors"] = {};
    for (const { field } of fields) {
      const name = fieldOf(field);
      if (name) errors[name] = true;
    }
    return { values, errors, formError: Object.keys(errors).length === 0 };
  }
  redirect(`/${await getLocale()}/present/${started.id}`);
}
