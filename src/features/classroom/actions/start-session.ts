"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { type FormState } from "@/lib/forms/form-state";
import { guarded, parseForm } from "@/lib/forms/form-action";
import { staffContext } from "@/features/access/server";
import { startSessionInputSchema } from "../schemas";
import { startSession } from "../server/start-session";

/** The start form's action: starts the session and opens its projector view. */
export async function startSessionFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  // The form's shape here; whether each story is one this school may use, startSession checks
  // (the shipped stories and the school's published own ones), answering by field as here.
  const parsed = parseForm(startSessionInputSchema(), formData, ["storySlugs"]);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, async () => {
    const { id } = await startSession(await staffContext("classroom:run"), parsed.data);
    redirect(`/${locale}/present/${id}`);
  });
}
