// The network report's barriers, Digital Pathway funnel and classroom sessions: each school's
// figure under its own k (shown as "fewer than k", never left out), pooled only from shown
// schools under the strictest k, and nothing from a school that has not joined.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getNetworkReport, type NetworkLeadContext } from "@/features/network/server";
import {
  addAdvice,
  addClassroomSession,
  addPathwayProgress,
  addResponses,
  closedWindow,
} from "../support/dashboard";
import {
  createGroup,
  createInstitution,
  createRound,
  createSignedInStaff,
} from "../support/factories";
import { createLead, joinNetwork } from "../support/network";

const BARRIERS = ["language", "language", "classmates", "teachers", "language", "placement"];
/** A Monday well in the past, so each school's weeks are whole and fixed. */
const WEEK = new Date("2026-09-07T10:00:00Z");

/** A member school whose baseline has `respondents` students choosing barriers, and so on. */
async function memberSchool(
  lead: NetworkLeadContext,
  name: string,
  {
    k = 5,
    respondents,
    invited,
    joined,
  }: { k?: number; respondents: number; invited: number; joined: number },
  join = true,
) {
  const school = await createInstitution({ name, minGroupSize: k });
  const group = await createGroup(school.id, { expectedSize: 40 });
  const round = await createRound(school.id, { groupIds: [group.id], ...closedWindow(30) });
  await addResponses(school.id, round.id, group.id, Array(respondents).fill(60), (i) => ({
    barriers: [BARRIERS[i % BARRIERS.length]!],
  }));
  for (let i = 0; i < invited; i++) {
    await addPathwayProgress(school.id, { invitedAt: WEEK, startedAt: i % 2 ? WEEK : null });
  }
  const { ctx: admin } = await createSignedInStaff(school.id, "ADMIN");
  if (joined > 0) {
    await addClassroomSession(
      { institutionId: school.id, groupId: group.id, teacherId: admin.userId, startedAt: WEEK },
      joined,
    );
  }
  if (join) {
    await joinNetwork(lead, school, admin);
  }
  return school;
}

describe("network activity figures", () => {
  it("shows each school under its own k and pools only the shown schools", async () => {
    const lead = await createLead();
    await memberSchool(lead, "A Aarhus", { respondents: 12, invited: 6, joined: 20 });
    await memberSchool(lead, "B Tartu", { respondents: 3, invited: 2, joined: 4 });
    await memberSchool(lead, "C Bergen", { k: 8, respondents: 10, invited: 9, joined: 9 });
    await memberSchool(lead, "D Outside", { respondents: 30, invited: 30, joined: 30 }, false);

    const { report, barriers } = await getNetworkReport(lead);
    expect(barriers.map((b) => b.key)).toContain("language");
    expect(barriers.find((b) => b.key === "language")!.label).toBeTruthy();
    const [a, b, c] = report.schools.map((s) => s.activity);
    expect(report.schools.map((s) => s.name)).toEqual(["A Aarhus", "B Tartu", "C Bergen"]);

    // A: 12 respondents, language chosen by 6 of them (every i % 6 in 0, 1, 4).
    expect(a!.barriers.suppressed).toBe(false);
    if (!a!.barriers.suppressed) {
      expect(a!.barriers.n).toBe(12);
      expect(a!.barriers.options[0]).toMatchObject({ key: "language", count: 6, share: 0.5 });
    }
    expect(a!.funnel.invited).toEqual({ suppressed: false, n: 6 });
    // 3 of the 6 started, all in one week: fewer than k, so hidden.
    expect(a!.funnel.started).toEqual({ suppressed: true, reason: "fewer-than-k", k: 5 });
    expect(a!.sessions).toEqual({ held: 1, joined: { suppressed: false, n: 20 } });

    // B is under its k everywhere: listed, every figure "fewer than 5".
    expect(b!.barriers).toEqual({ suppressed: true, reason: "fewer-than-k", k: 5 });
    expect(b!.funnel.invited).toEqual({ suppressed: true, reason: "fewer-than-k", k: 5 });
    expect(b!.sessions).toEqual({
      held: 1,
      joined: { suppressed: true, reason: "fewer-than-k", k: 5 },
    });

    // C has k 8: 10 respondents and 9 invited are shown, 4 started are not.
    expect(c!.barriers).toMatchObject({ suppressed: false, n: 10 });
    expect(c!.funnel.invited).toEqual({ suppressed: false, n: 9 });

    // Pooled under the strictest k (8): only A and C; B's 3 and 2 and 4 never enter, and the
    // school that did not join (D) is nowhere.
    const pooled = report.pooled.activity;
    expect(report.k).toBe(8);
    expect(pooled.barriers).toMatchObject({ suppressed: false, n: 22 });
    expect(pooled.funnel.invited).toEqual({ suppressed: false, n: 15 });
    expect(pooled.sessions).toEqual({ held: 3, joined: { suppressed: false, n: 29 } });
  });

  it("counts pathway advice per school and hides a week under k", async () => {
    const lead = await createLead();
    const school = await memberSchool(lead, "E Lyon", { respondents: 0, invited: 0, joined: 0 });
    const db = await getDb();
    for (let i = 0; i < 4; i++) {
      const advice = await addAdvice(school.id, { source: "PATHWAY" });
      await db.advice.update({ where: { id: advice.id }, data: { createdOn: WEEK } });
    }
    let { report } = await getNetworkReport(lead);
    expect(report.schools[0]!.activity.funnel.adviceWritten).toEqual({
      suppressed: true,
      reason: "fewer-than-k",
      k: 5,
    });
    const advice = await addAdvice(school.id, { source: "PATHWAY" });
    await db.advice.update({ where: { id: advice.id }, data: { createdOn: WEEK } });
    ({ report } = await getNetworkReport(lead));
    expect(report.schools[0]!.activity.funnel.adviceWritten).toEqual({ suppressed: false, n: 5 });
    expect(report.schools[0]!.activity.barriers).toEqual({
      suppressed: true,
      reason: "fewer-than-k",
      k: 5,
    });
  });
});
