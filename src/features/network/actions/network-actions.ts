"use server";

// Plain form posts: each answers with a redirect carrying a notice or an error key, so the
// forms work without JavaScript and a refusal never becomes a 500.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { staffContext } from "@/features/access/server";
import { isAppError } from "@/lib/http/errors";
import { answerNetworkSchema, inviteSchoolSchema, markArmSchema } from "../schemas";
import { networkLeadContext, signedInUserId } from "../server/lead-context";
import { answerNetwork, inviteSchool } from "../server/memberships";
import { markStudyArm } from "../server/study-arms";

function outcomeOf(error: unknown): string {
  if (!isAppError(error)) throw error;
  if (error.code === "validation_failed") return "unknownCode";
  if (error.code === "conflict") return "alreadyInvited";
  if (error.code === "unauthorized") return "signedOut";
  return "notFound";
}

export async function inviteSchoolFromForm(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const parsed = inviteSchoolSchema.safeParse(Object.fromEntries(formData));
  const networkId = String(formData.get("networkId") ?? "");
  const back = (query: Record<string, string>) =>
    `/${locale}/staff/network?${new URLSearchParams({ network: networkId, ...query })}`;
  if (!parsed.success) redirect(back({ error: "invalidCode" }));
  let query: Record<string, string>;
  try {
    const lead = await networkLeadContext(await signedInUserId(), parsed.data.networkId);
    const school = await inviteSchool(lead, parsed.data.schoolCode);
    query = { notice: "invited", school };
  } catch (error) {
    query = { error: outcomeOf(error) };
  }
  refresh();
  redirect(back(query));
}

export async function answerNetworkFromForm(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const parsed = answerNetworkSchema.safeParse(Object.fromEntries(formData));
  const back = (outcome: string) => `/${locale}/staff/settings?network=${outcome}#networks`;
  if (!parsed.success) redirect(back("notFound"));
  let outcome: string;
  try {
    const ctx = await staffContext("settings:manage");
    await answerNetwork(ctx, parsed.data.membershipId, parsed.data.answer);
    outcome = parsed.data.answer === "accept" ? "joined" : "left";
  } catch (error) {
    outcome = outcomeOf(error);
  }
  refresh();
  redirect(back(outcome));
}

/** A coordinator marks a group of an open round; back to the form with a notice or an error. */
export async function markArmFromForm(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const parsed = markArmSchema.safeParse(Object.fromEntries(formData));
  const back = (query: string) => `/${locale}/staff/rounds/arms?${query}`;
  if (!parsed.success) redirect(back("error=notFound"));
  let query: string;
  try {
    const ctx = await staffContext("rounds:manage");
    const { roundId, groupId, arm } = parsed.data;
    await markStudyArm(ctx, { roundId, groupId, arm: arm === "" ? null : arm });
    query = "notice=saved";
  } catch (error) {
    query = `error=${isAppError(error) && error.code === "conflict" ? "closed" : outcomeOf(error)}`;
  }
  refresh();
  redirect(back(query));
}
