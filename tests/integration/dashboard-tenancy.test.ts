// A coordinator (and an admin) of school A calls every dashboard, moderation, safeguarding
// and export function with school B's ids: each answers not found or with A's data only, and
// nothing of B changes.
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffContext } from "@/features/access/server";
import {
  exportResponsesCsv,
  exportResultsCsv,
  getBeforeAfter,
  getClassroomSummary,
  getPathwayFunnel,
  getRoundResults,
  getTrends,
  listResultFilters,
} from "@/features/dashboard/server";
import {
  approveAdvice,
  listApprovedAdvice,
  listModerationQueue,
  rejectAdvice,
} from "@/features/moderation/server";
import { advanceFlag, countNewFlags, listFlags } from "@/features/safeguarding/server";
import { getDb } from "@/lib/db";
import {
  addAdvice,
  addFlag,
  addPathwayProgress,
  addResponses,
  closedWindow,
} from "../support/dashboard";
import { createGroup, createInstitution, createRound, createStaff } from "../support/factories";

let a: { coordinator: StaffContext; admin: StaffContext; roundId: string; groupId: string };
let b: {
  institutionId: string;
  roundId: string;
  followUpId: string;
  groupId: string;
  adviceId: string;
  flagId: string;
};

async function snapshotOf(institutionId: string) {
  const db = await getDb();
  const [rounds, responses, advice, flags, audit] = await Promise.all([
    db.surveyRound.findMany({ where: { institutionId }, orderBy: { id: "asc" } }),
    db.surveyResponse.findMany({ where: { round: { institutionId } }, orderBy: { id: "asc" } }),
    db.advice.findMany({ where: { institutionId }, orderBy: { id: "asc" } }),
    db.safeguardingFlag.findMany({ where: { institutionId }, orderBy: { id: "asc" } }),
    db.auditEvent.findMany({ where: { institutionId }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ rounds, responses, advice, flags, audit });
}

const notFound = { code: "not_found" };

beforeAll(async () => {
  const schoolA = await createInstitution({ name: "School A" });
  const schoolB = await createInstitution({ name: "School B" });
  const coordinatorA = await createStaff(schoolA.id, "COORDINATOR");
  const adminA = await createStaff(schoolA.id, "ADMIN");
  const groupA = await createGroup(schoolA.id, { programme: "Plumbing" });
  const roundA = await createRound(schoolA.id, {
    ...closedWindow(),
    groupIds: [groupA.id],
  });
  await addResponses(schoolA.id, roundA.id, groupA.id, [60, 61, 62, 63, 64, 65]);
  a = {
    coordinator: { userId: coordinatorA.id, institutionId: schoolA.id, role: "COORDINATOR" },
    admin: { userId: adminA.id, institutionId: schoolA.id, role: "ADMIN" },
    roundId: roundA.id,
    groupId: groupA.id,
  };

  const groupB = await createGroup(schoolB.id, { programme: "Hairdressing" });
  const roundB = await createRound(schoolB.id, {
    ...closedWindow(),
    groupIds: [groupB.id],
  });
  const followUpB = await createRound(schoolB.id, {
    ...closedWindow(),
    kind: "FOLLOW_UP",
    groupIds: [groupB.id],
  });
  const db = await getDb();
  await db.surveyRound.update({ where: { id: followUpB.id }, data: { baselineId: roundB.id } });
  await addResponses(schoolB.id, roundB.id, groupB.id, [10, 20, 30, 40, 50, 60, 70]);
  for (let i = 0; i < 6; i++) {
    await addPathwayProgress(schoolB.id, { invitedAt: new Date(), startedAt: new Date() });
  }
  const adviceB = await addAdvice(schoolB.id, { text: "School B advice." });
  await addAdvice(schoolB.id, { text: "School B approved.", status: "APPROVED" });
  const flagB = await addFlag(schoolB.id);
  b = {
    institutionId: schoolB.id,
    roundId: roundB.id,
    followUpId: followUpB.id,
    groupId: groupB.id,
    adviceId: adviceB.id,
    flagId: flagB.id,
  };
});

describe("another institution's data", () => {
  it("is not found or absent everywhere, and stays exactly as it was", async () => {
    const before = await snapshotOf(b.institutionId);
    const { coordinator, admin } = a;

    for (const call of [
      () => getRoundResults(coordinator, { roundId: b.roundId }, "en"),
      () => getRoundResults(coordinator, { roundId: a.roundId, groupId: b.groupId }, "en"),
      () => getRoundResults(coordinator, { roundId: a.roundId, programme: "Hairdressing" }, "en"),
      () => getBeforeAfter(coordinator, { roundId: b.followUpId }),
      () => getTrends(coordinator, {}, { groupId: b.groupId }),
      () => exportResultsCsv(coordinator, { roundId: b.roundId }, "en"),
      () => exportResponsesCsv(admin, { roundId: b.followUpId }),
      () => approveAdvice(coordinator, { adviceId: b.adviceId }),
      () => approveAdvice(coordinator, { adviceId: b.adviceId, text: "Changed." }),
      () => rejectAdvice(coordinator, { adviceId: b.adviceId }),
      () => advanceFlag(coordinator, { flagId: b.flagId, to: "ACKNOWLEDGED" }),
      () => advanceFlag(coordinator, { flagId: b.flagId, to: "RESOLVED", note: "Closed." }),
    ]) {
      await expect(call()).rejects.toMatchObject(notFound);
    }

    const filters = await listResultFilters(coordinator);
    expect(filters.rounds.map((r) => r.id)).toEqual([a.roundId]);
    expect(filters.groups.map((g) => g.id)).toEqual([a.groupId]);
    expect(filters.programmes).toEqual(["Plumbing"]);
    const trends = await getTrends(coordinator, {});
    expect(trends.rounds.map((r) => r.id)).toEqual([a.roundId]);
    expect(trends.series.map((s) => s.key)).toEqual(["round", a.groupId]);
    const funnel = await getPathwayFunnel(coordinator);
    expect(funnel.stages.every((s) => s.figure.suppressed)).toBe(true);
    expect((await getClassroomSummary(coordinator)).held).toBe(0);
    expect((await listModerationQueue(coordinator)).total).toBe(0);
    expect(
      await listApprovedAdvice({ institutionId: a.coordinator.institutionId, locale: "en" }),
    ).toEqual([]);
    expect(await listFlags(coordinator)).toEqual([]);
    expect(await countNewFlags(coordinator)).toBe(0);
    const all = await exportResponsesCsv(admin, { purpose: "Tenancy check of the export" });
    const csv = await new Response(all.stream).text();
    expect(all.rows).toBe(6);
    expect(csv.trimEnd().split("\r\n")).toHaveLength(7);

    expect(await snapshotOf(b.institutionId)).toBe(before);
  });

  it("compares nothing when a follow-up points at another school's baseline", async () => {
    const db = await getDb();
    const followUp = await createRound(a.coordinator.institutionId, {
      ...closedWindow(),
      kind: "FOLLOW_UP",
      groupIds: [a.groupId],
    });
    await db.surveyRound.update({ where: { id: followUp.id }, data: { baselineId: b.roundId } });
    await expect(getBeforeAfter(a.coordinator, { roundId: followUp.id })).rejects.toMatchObject(
      notFound,
    );
  });
});
