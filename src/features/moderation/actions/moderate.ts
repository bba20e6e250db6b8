"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { ZodError } from "zod";
import { staffContext } from "@/features/access/server";
import { isAppError } from "@/lib/http";
import { approveAdvice } from "../server/approve-advice";
import { rejectAdvice } from "../server/reject-advice";

/** What the moderation page says after an action (a key of moderation.notices). */
export type ModerationNotice = "approved" | "edited" | "rejected" | "gone" | "invalid";

async function back(notice: ModerationNotice): Promise<never> {
  redirect(`/${await getLocale()}/staff/moderation?notice=${notice}`);
}

async function run(work: () => Promise<ModerationNotice>): Promise<never> {
  let notice: ModerationNotice;
  try {
    notice = await work();
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "conflict")) {
      notice = "gone";
    } else if (error instanceof ZodError) {
      notice = "invalid";
    } else {
      throw error;
    }
  }
  return back(notice);
}

export async function approveFromForm(formData: FormData): Promise<never> {
  return run(async () => {
    const ctx = await staffContext("advice:moderate");
    const text = formData.get("text");
    const { edited } = await approveAdvice(ctx, {
      adviceId: String(formData.get("adviceId") ?? ""),
      text: typeof text === "string" ? text : undefined,
    });
    return edited ? "edited" : "approved";
  });
}

export async function rejectFromForm(formData: FormData): Promise<never> {
  return run(async () => {
    const ctx = await staffContext("advice:moderate");
    await rejectAdvice(ctx, { adviceId: String(formData.get("adviceId") ?? "") });
    return "rejected";
  });
}
