"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { ZodError } from "zod";
import { staffContext } from "@/features/access/server";
import { isAppError } from "@/lib/http";
import { advanceFlag } from "../server/advance-flag";

/** What the safeguarding page says after an action (a key of safeguarding.notices). */
export type FlagNotice = "acknowledged" | "resolved" | "noteNeeded" | "gone";

/** Acknowledges or resolves a flag from the queue's forms, then shows the queue again. */
export async function advanceFlagFromForm(formData: FormData): Promise<never> {
  const to = formData.get("to") === "RESOLVED" ? "RESOLVED" : "ACKNOWLEDGED";
  const note = formData.get("note");
  let notice: FlagNotice;
  try {
    const ctx = await staffContext("safeguarding:handle");
    await advanceFlag(ctx, {
      flagId: String(formData.get("flagId") ?? ""),
      to,
      note: typeof note === "string" ? note : "",
    });
    notice = to === "RESOLVED" ? "resolved" : "acknowledged";
  } catch (error) {
    if (error instanceof ZodError) notice = "noteNeeded";
    else if (isAppError(error) && (error.code === "not_found" || error.code === "conflict")) {
      notice = "gone";
    } else throw error;
  }
  redirect(`/${await getLocale()}/staff/safeguarding?notice=${notice}`);
}
