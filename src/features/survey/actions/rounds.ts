"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { type FormState } from "@/lib/forms/form-state";
import { guarded, parseForm } from "@/lib/forms/form-action";
import { staffContext } from "@/features/access/server";
import { fromWallClock } from "../domain/round-window";
import { closeRoundInputSchema, createRoundFormSchema } from "../schemas";
import { closeRound } from "../server/close-round";
import { createRound } from "../server/create-round";
import { roundTimeZone } from "../server/staff-rounds";

export async function createRoundFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
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

export async function closeRoundFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const parsed = parseForm(closeRoundInputSchema, formData);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, async () => {
    await closeRound(await staffContext("rounds:manage"), parsed.data);
    redirect(`/${locale}/staff/rounds?notice=closed`);
  });
}
