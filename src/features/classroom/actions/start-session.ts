"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { type FormState } from "@/features/staff";
import { guarded, parseForm, staffContext } from "@/features/staff/server";
import { storySlugs } from "@/features/stories/server";
import { startSessionInputSchema } from "../schemas";
import { startSession } from "../server/start-session";

/** The start form's action: starts the session and opens its projector view. */
export async function startSessionFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const parsed = parseForm(startSessionInputSchema(storySlugs()), formData, ["storySlugs"]);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, async () => {
    const { id } = await startSession(await staffContext("classroom:run"), parsed.data);
    redirect(`/${locale}/present/${id}`);
  });
}
