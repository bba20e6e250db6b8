"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { type FormState } from "@/features/staff";
import { guarded, parseForm, staffContext } from "@/features/staff/server";
import { sessionStorySlugs } from "@/features/stories/server";
import { startSessionInputSchema } from "../schemas";
import { startSession } from "../server/start-session";

/** The start form's action: starts the session and opens its projector view. */
export async function startSessionFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  // Signed out or without the permission: the form says so (nothing typed is lost on the page).
  return guarded({}, async () => {
    const ctx = await staffContext("classroom:run");
    // The shipped stories and this school's published own ones.
    const stories = await sessionStorySlugs(ctx.institutionId);
    const parsed = parseForm(startSessionInputSchema(stories), formData, ["storySlugs"]);
    if (!parsed.ok) return parsed.state;
    return guarded(parsed.values, async () => {
      const { id } = await startSession(ctx, parsed.data);
      redirect(`/${locale}/present/${id}`);
    });
  });
}
