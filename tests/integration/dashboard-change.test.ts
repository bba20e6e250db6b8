// Before/after, trends, the pathway funnel and classroom sessions against hand-computed values.
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffContext } from "@/features/access/server";
import {
  getBeforeAfter,
  getClassroomSummary,
  getPathwayFunnel,
  getTrends,
} from "@/features/dashboard/server";
import { getDb } from "@/lib/db";
import {
  addAdvice,
  addClassroomSession,
  addPathwayProgress,
  addResponse,
  addResponses,
} from "../support/dashboard";
import { createGroup, createInstitution, createRound, createStaff } from "../support/factories";

let ctx: StaffContext;
let ids: { baseline: string; followUp: string; g: string; h: string; school: string };
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  const school = await createInstitution({ minGroupSize: 5 });
  const coordinator = await createStaff(school.id, "COORDINATOR");
  ctx = { userId: coordinator.id, institutionId: school.id, role: "COORDINATOR" };
  const g = await createGroup(school.id, { name: "Group G", programme: "Electrician" });
  const h = await createGroup(school.id, { name: "Group H", programme: "Chef" });
  const baseline = await createRound(school.id, {
    groupIds: [g.id, h.id],
    opensAt: new Date(Date.now() - 90 * DAY),
    closesAt: new Date(Date.now() - 80 * DAY),
  });
  const followUp = await createRound(school.id, {
    kind: "FOLLOW_UP",
    groupIds: [g.id, h.id],
    opensAt: new Date(Date.now() - 10 * DAY),
    closesAt: new Date(Date.now() - DAY),
  });
  const db = await getDb();
  await db.surveyRound.update({ where: { id: followUp.id }, data: { baselineId: baseline.id } });
  ids = { baseline: baseline.id, followUp: followUp.id, g: g.id, h: h.id, school: school.id };

  // G: six students answer both rounds (paired). H: different students each time (unpaired).
  const before = [40, 50, 55, 60, 65, 70];
  const after = [50, 52, 60, 70, 66, 80];
  for (const [i, score] of before.entries()) {
    const participantId = await addResponse(school.id, baseline.id, { groupId: g.id, score });
    await addResponse(school.id, followUp.id, { groupId: g.id, score: after[i]!, participantId });
  }
  await addResponses(school.id, baseline.id, h.id, [30, 40, 50, 60, 70]);
  await addResponses(school.id, followUp.id, h.id, [45, 55, 65, 75, 85]);
});

describe("getBeforeAfter", () => {
  it("pairs participants: mean change, d_z and its interval, in plain words", async () => {
    const result = await getBeforeAfter(ctx, { roundId: ids.followUp, groupId: ids.g });
    if (!result || result.change.suppressed) throw new Error("expected a paired change");
    const { change, description } = result.change;
    if (!change.paired) throw new Error("expected the paired comparison");
    // Differences 10, 2, 5, 10, 1, 10: mean 6.3333, SD 4.2269, t(0.975, 5) = 2.5706.
    expect(change.n).toBe(6);
    expect(change.meanDifference).toBeCloseTo(6.333333, 5);
    expect(change.ci?.low).toBeCloseTo(1.897476, 4);
    expect(change.ci?.high).toBeCloseTo(10.769191, 4);
    expect(change.dz).toBeCloseTo(1.498341, 5);
    expect(description).toEqual({
      direction: "rose",
      points: 6.3,
      magnitude: "large",
      n: 6,
      ciLow: 1.9,
      ciHigh: 10.8,
      paired: true,
    });
  });

  it("compares unpaired when too few took part in both: Hedges' g", async () => {
    const result = await getBeforeAfter(ctx, { roundId: ids.followUp, groupId: ids.h });
    if (!result || result.change.suppressed) throw new Error("expected a change");
    const { change } = result.change;
    if (change.paired) throw new Error("expected the unpaired comparison");
    // 50 -> 65: pooled SD 15.8114, J = 1 - 3/31, g = 0.8569; Welch df 8, CI -8.06 .. 38.06.
    expect(change.meanDifference).toBeCloseTo(15, 6);
    expect(change.g).toBeCloseTo(0.856875, 5);
    expect(change.ci?.low).toBeCloseTo(-8.060041, 4);
    expect(change.ci?.high).toBeCloseTo(38.060041, 4);
    expect(change.welchDf).toBeCloseTo(8, 6);
    expect(result.change.description.magnitude).toBe("large");
  });

  it("uses the six pairs for the round and suppresses pairs under k", async () => {
    const result = await getBeforeAfter(ctx, { roundId: ids.followUp });
    expect(result?.change).toMatchObject({ suppressed: false, change: { paired: true, n: 6 } });
    const h = result?.groups.find((x) => x.key === ids.h);
    expect(h?.change).toMatchObject({ suppressed: false, change: { paired: false } });
  });

  it("is null for a round without a baseline", async () => {
    expect(await getBeforeAfter(ctx, { roundId: ids.baseline })).toBeNull();
  });
});

describe("getTrends", () => {
  it("gives each round's mean per group, oldest first", async () => {
    const trends = await getTrends(ctx, {});
    expect(trends.rounds.map((r) => r.id)).toEqual([ids.baseline, ids.followUp]);
    const all = trends.series.find((s) => s.key === "round");
    expect(all?.points.map((p) => (p.suppressed ? null : p.mean))).toEqual([
      (40 + 50 + 55 + 60 + 65 + 70 + 30 + 40 + 50 + 60 + 70) / 11,
      (50 + 52 + 60 + 70 + 66 + 80 + 45 + 55 + 65 + 75 + 85) / 11,
    ]);
    const g = trends.series.find((s) => s.key === ids.g);
    expect(g?.points.map((p) => (p.suppressed ? null : p.n))).toEqual([6, 6]);
    const followUps = await getTrends(ctx, { kind: "FOLLOW_UP" });
    expect(followUps.rounds.map((r) => r.id)).toEqual([ids.followUp]);
  });
});

describe("getPathwayFunnel", () => {
  it("counts invited, started, finished and pathway advice, hiding counts under k", async () => {
    const day = new Date("2026-01-10T00:00:00Z");
    for (let i = 0; i < 7; i++) {
      await addPathwayProgress(ids.school, {
        invitedAt: day,
        startedAt: i < 6 ? day : null,
        completedAt: i < 2 ? day : null,
      });
    }
    await addPathwayProgress(ids.school, { startedAt: day }); // not invited: not in the funnel
    for (let i = 0; i < 5; i++) await addAdvice(ids.school, { source: "PATHWAY" });
    await addAdvice(ids.school, { source: "CLASSROOM" });
    const funnel = await getPathwayFunnel(ctx);
    expect(funnel.stages).toEqual([
      { stage: "invited", figure: { suppressed: false, n: 7 } },
      { stage: "started", figure: { suppressed: false, n: 6 } },
      { stage: "finished", figure: { suppressed: true, reason: "fewer-than-k", k: 5 } },
      { stage: "adviceWritten", figure: { suppressed: false, n: 5 } },
    ]);
    const later = await getPathwayFunnel(ctx, { from: new Date("2026-02-01T00:00:00Z") });
    expect(later.stages[0]?.figure).toMatchObject({ suppressed: true });
  });
});

describe("getClassroomSummary", () => {
  it("counts sessions, joins and advice, hiding small sessions and their complement", async () => {
    const teacher = await createStaff(ids.school, "TEACHER");
    const session = async (joined: number, advice: number) => {
      const where = { institutionId: ids.school, groupId: ids.g, teacherId: teacher.id };
      const id = await addClassroomSession(where, joined);
      for (let i = 0; i < advice; i++) {
        await addAdvice(ids.school, { source: "CLASSROOM", classroomSessionId: id });
      }
      return id;
    };
    const big = await session(12, 6);
    const small = await session(3, 1);
    const other = await session(8, 5);
    const summary = await getClassroomSummary(ctx);
    expect(summary.held).toBe(3);
    expect(summary.joined).toEqual({ suppressed: false, n: 23 });
    expect(summary.advice).toEqual({ suppressed: false, n: 12 });
    const byId = Object.fromEntries(summary.sessions.map((s) => [s.id, s]));
    expect(byId[small]?.joined).toMatchObject({ suppressed: true, reason: "fewer-than-k" });
    expect(byId[other]?.joined).toMatchObject({ suppressed: true, reason: "complementary" });
    expect(byId[big]?.joined).toEqual({ suppressed: false, n: 12 });
    expect(byId[big]?.advice).toEqual({ suppressed: false, n: 6 });
  });
});
