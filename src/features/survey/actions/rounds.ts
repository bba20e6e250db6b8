"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { guarded, parseForm, staffContext, type FormState } from "@/features/staff";
import { fromWallClock } from "../domain/round-window";
import { closeRoundInputSchema, createRoundFormSchema } from "../schemas";
import { closeRound } from "../server/close-round";
import { createRound } from "../server/create-round";
import { roundTimeZone } from "../server/staff-rounds";

export async function createRoundFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  return keepChoices(formData, await create(formData, locale));
}

async function create(formData: FormData, locale: string): Promise<FormState> {
  const parsed = parseForm(createRoundFormSchema, formData, ["groupIds"]);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, async () => {
    const ctx = await staffContext("rounds:manage");
    const timeZone = await roundTimeZone(ctx.institutionId);
    const { opensAt, closesAt, ...input } = parsed.data;
    await createRound(
      ctx.institutionId,
      {
        ...input,
        opensAt: fromWallClock(opensAt, timeZone),
        closesAt: fromWallClock(closesAt, timeZone),
      },
      { actorId: ctx.userId },
    );
    redirect(`/${locale}/staff/rounds?notice=created`);
  });
}

/**
 * The form shows one message per field, while createRound names the list item it refuses
 * ("groupIds.1"); and every ticked group is kept, not only the last.
 */
function keepChoices(formData: FormData, state: FormState): FormState {
  const errors: FormState["errors"] = {};
  for (const [field, error] of Object.entries(state.errors)) {
    errors[field.split(".")[0]!] ??= error;
  }
  const groupIds = formData.getAll("groupIds").filter((v) => typeof v === "string");
  return { ...state, errors, values: { ...state.values, groupIds: groupIds.join(",") } };
}

export async function closeRoundFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const parsed = parseForm(closeRoundInputSchema, formData);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, async () => {
    await closeRound(await staffContext("rounds:manage"), parsed.data);
    redirect(`/${locale}/staff/rounds?notice=closed`);
  });
}
