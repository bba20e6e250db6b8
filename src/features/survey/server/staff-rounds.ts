import "server-only";
import { authorize, type StaffContext } from "@/features/access/server";
import { listGroups } from "@/features/staff/server";
import type { Locale } from "@/i18n/locales";
import { countForDisplay, minGroupSize } from "@/features/dashboard";
import { getDb } from "@/lib/db";
import { loadAllSurveys } from "../domain/load-surveys";
import { timeZoneOf } from "@/lib/countries";
import { listRounds } from "./list-rounds";

/** The time zone in which the institution's staff type and read round times. */
export async function roundTimeZone(institutionId: string): Promise<string> {
  const db = await getDb();
  const institution = await db.institution.findUnique({
    where: { id: institutionId },
    select: { country: true },
  });
  return timeZoneOf(institution?.country ?? "");
}

/** What the coordinators' rounds page lists and offers in its create form. */
export async function loadStaffRounds(ctx: StaffContext, locale: Locale, now = new Date()) {
  authorize(ctx, "rounds:manage");
  const db = await getDb();
  const [rounds, groups, timeZone, institution] = await Promise.all([
    listRounds(ctx.institutionId, now),
    listGroups(ctx),
    roundTimeZone(ctx.institutionId),
    db.institution.findUnique({
      where: { id: ctx.institutionId },
      select: { minGroupSize: true },
    }),
  ]);
  const k = minGroupSize(institution?.minGroupSize);
  const surveys = loadAllSurveys().map((survey) => ({
    key: survey.key,
    title: survey.title[locale],
  }));
  const surveyTitles = new Map(surveys.map((s) => [s.key, s.title]));
  return {
    rounds: rounds.map((round) => ({
      ...round,
      // A count under k is "fewer than k": with the round's groups, it would describe them.
      responses: countForDisplay(round.responses, k),
      surveyTitle: surveyTitles.get(round.surveyKey) ?? round.surveyKey,
    })),
    groups: groups.filter((g) => !g.archived).map(({ id, name }) => ({ id, name })),
    baselines: rounds
      .filter((r) => r.kind === "BASELINE")
      .map(({ id, name, code }) => ({ id, name, code })),
    surveys,
    timeZone,
  };
}

export type StaffRounds = Awaited<ReturnType<typeof loadStaffRounds>>;
export type StaffRound = StaffRounds["rounds"][number];
