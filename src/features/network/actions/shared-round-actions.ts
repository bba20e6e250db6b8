"use server";

// Shared rounds: the lead defines one (a form that keeps what was typed and shows each field's
// error), a member school adopts one (a plain form post that answers with a redirect carrying
// the outcome, so it works without JavaScript and a refusal never becomes a 500).
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { staffContext } from "@/features/access/server";
import { isAppError } from "@/lib/http/errors";
import {
  isSharedRoundError,
  type AdoptOutcome,
  type SharedRoundFormState,
} from "../domain/shared-rounds";
import { adoptSharedRoundSchema } from "../schemas";
import { adoptSharedRound } from "../server/adopt-shared-round";
import { networkLeadContext, signedInUserId } from "../server/lead-context";
import { defineSharedRound } from "../server/shared-rounds";

export async function defineSharedRoundFromForm(
  _: SharedRoundFormState,
  formData: FormData,
): Promise<SharedRoundFormState> {
  const locale = await getLocale();
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  }
  let networkId: string;
  try {
    const lead = await networkLeadContext(await signedInUserId(), values.networkId);
    networkId = lead.networkId;
    await defineSharedRound(lead, values);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const errors: SharedRoundFormState["errors"] = {};
    for (const field of error.options.fields ?? []) {
      errors[field.field] ??= isSharedRoundError(field.message) ? field.message : "invalidDate";
    }
    if (error.code === "unauthorized") errors.form = "signedOut";
    else if (error.code === "not_found") errors.form = "notFound";
    return { errors, values };
  }
  refresh();
  redirect(
    `/${locale}/staff/network/rounds?${new URLSearchParams({ network: networkId, notice: "defined" })}`,
  );
}

function adoptOutcomeOf(error: unknown): AdoptOutcome {
  if (!isAppError(error)) throw error;
  if (error.code === "conflict") return "alreadyAdopted";
  if (error.code === "round_closed") return "closed";
  if (error.code === "unauthorized") return "signedOut";
  if (error.code === "validation_failed") return "invalidGroups";
  return "notMember";
}

/** A coordinator adopts a shared round for the ticked groups; back to the rounds page. */
export async function adoptSharedRoundFromForm(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const back = (outcome: AdoptOutcome) => `/${locale}/staff/rounds?shared=${outcome}#shared-rounds`;
  const parsed = adoptSharedRoundSchema.safeParse({
    networkRoundId: formData.get("networkRoundId"),
    groupIds: formData.getAll("groupIds"),
  });
  if (!parsed.success) {
    const noGroups = parsed.error.issues.some((issue) => issue.path[0] === "groupIds");
    redirect(back(noGroups ? "noGroups" : "notMember"));
  }
  let outcome: AdoptOutcome;
  try {
    await adoptSharedRound(await staffContext("rounds:manage"), parsed.data);
    outcome = "adopted";
  } catch (error) {
    outcome = adoptOutcomeOf(error);
  }
  refresh();
  redirect(back(outcome));
}
