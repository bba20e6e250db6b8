"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { staffContext } from "@/features/access/server";
import { sessionStorySlugs } from "@/features/stories/server";
import { isLocale } from "@/i18n/locales";
import { endStudentPreview, startStudentPreview } from "@/lib/participant";
import { MAX_SESSION_STORIES } from "../schemas";

/**
 * "Try it as a student", from the start form: the phone's screens with the stories and the
 * language the teacher picked, in a preview that stores nothing. No group is needed.
 */
export async function startStudentPreviewFromForm(formData: FormData): Promise<void> {
  const ctx = await staffContext("classroom:run");
  const known = await sessionStorySlugs(ctx.institutionId);
  const chosen = formData
    .getAll("storySlugs")
    .filter((slug): slug is string => typeof slug === "string" && known.includes(slug))
    .slice(0, MAX_SESSION_STORIES);
  const language = formData.get("locale");
  const locale = typeof language === "string" && isLocale(language) ? language : await getLocale();
  await startStudentPreview(ctx.institutionId);
  const query = chosen.length ? `?stories=${chosen.map(encodeURIComponent).join(",")}` : "";
  redirect(`/${locale}/join/preview${query}`);
}

/** Leaves the preview: this browser is a student's again; back to the classroom page. */
export async function leaveStudentPreview(): Promise<void> {
  await endStudentPreview();
  redirect(`/${await getLocale()}/staff/classroom`);
}
