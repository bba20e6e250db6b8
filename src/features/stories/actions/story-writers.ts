"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { staffContext } from "@/features/access/server";
import { setStoryWriters } from "../server/local/story-writers";

/** The Stories page's "who may write" form: the ticked teachers may, the others may not. */
export async function saveStoryWriters(formData: FormData): Promise<void> {
  const ctx = await staffContext("stories:review");
  const allowed = formData
    .getAll("writers")
    .filter((id): id is string => typeof id === "string" && id.length > 0 && id.length <= 64)
    .slice(0, 500);
  await setStoryWriters(ctx, { allowed });
  redirect(`/${await getLocale()}/staff/stories?saved=writers`);
}
