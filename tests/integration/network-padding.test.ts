// Padding across schools: answers made up through a round's public code (more answers in a
// group than it has students, or beyond the places a round's groups leave) count in no figure
// of the school's own dashboard, so they must count in none of the network's report either.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { getNetworkReport } from "@/features/network/server";
import { addResponse, addResponses, closedWindow } from "../support/dashboard";
import { createLead, joinNetwork } from "../support/network";
import {
  createGroup,
  createInstitution,
  createRound,
  createSignedInStaff,
} from "../support/factories";
import { fakeSession } from "../support/fake-session";

vi.mock("@/features/access/server/session", () => import("../support/fake-session"));

beforeEach(() => {
  fakeSession.userId = undefined;
  fakeSession.institutionId = undefined;
});

const HONEST = [40, 45, 50, 55, 60, 65, 70];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** A member school whose baseline round has these groups: expected size, scores, ungrouped. */
async function memberSchool(
  lead: Awaited<ReturnType<typeof createLead>>,
  name: string,
  groups: { expectedSize: number | null; scores: number[] }[],
  ungrouped: number[] = [],
) {
  const school = await createInstitution({ name, minGroupSize: 5 });
  const db = await getDb();
  const made = [];
  for (const g of groups) {
    const group = await createGroup(school.id);
    // The factory always sets a size; "no expected size" is the database's null.
    await db.group.update({ where: { id: group.id }, data: { expectedSize: g.expectedSize } });
    made.push({ group, scores: g.scores });
  }
  const round = await createRound(school.id, {
    groupIds: made.map((m) => m.group.id),
    ...closedWindow(30),
  });
  for (const m of made) await addResponses(school.id, round.id, m.group.id, m.scores);
  for (const score of ungrouped) await addResponse(school.id, round.id, { score });
  const { ctx: admin } = await createSignedInStaff(school.id, "ADMIN");
  await joinNetwork(lead, school, admin);
  return { school, round };
}

describe("made-up answers in the network report", () => {
  it("leave a group with more answers than students, or with no size, out of every figure", async () => {
    const lead = await createLead();
    await memberSchool(lead, "A honest", [{ expectedSize: 20, scores: HONEST }]);
    // Three students, eight answers: five were made up (all 100) to single the three out.
    await memberSchool(lead, "B padded", [
      { expectedSize: 3, scores: [20, 25, 30, 100, 100, 100, 100, 100] },
    ]);
    // No expected size: padding could not be noticed, so the answers are not trusted either.
    await memberSchool(lead, "C unsized", [{ expectedSize: null, scores: [90, 90, 90, 90, 90] }]);

    const { report } = await getNetworkReport(lead);
    const [a, b, c] = report.schools;
    expect(a!.belonging.suppressed).toBe(false);
    expect(b!.belonging.suppressed).toBe(true);
    expect(c!.belonging.suppressed).toBe(true);
    // Pooled: exactly the honest school's answers, nothing of B's or C's.
    const pooled = report.pooled.belonging;
    if (pooled.suppressed) throw new Error("expected a pooled figure");
    expect(pooled.n).toBe(HONEST.length);
    expect(pooled.mean).toBeCloseTo(mean(HONEST), 9);
  });

  it("keeps a school's honest groups when another of its groups is padded", async () => {
    const lead = await createLead();
    await memberSchool(lead, "Mixed", [
      { expectedSize: 20, scores: HONEST },
      { expectedSize: 2, scores: [10, 100, 100, 100, 100, 100] },
    ]);
    const { report } = await getNetworkReport(lead);
    const belonging = report.schools[0]!.belonging;
    if (belonging.suppressed) throw new Error("expected the honest group's figure");
    expect(belonging.n).toBe(HONEST.length);
    expect(belonging.mean).toBeCloseTo(mean(HONEST), 9);
  });

  it("hides a school whose answers in no group exceed the places its groups leave", async () => {
    const lead = await createLead();
    await memberSchool(lead, "A honest", [{ expectedSize: 20, scores: HONEST }]);
    // Ten places, six taken: nine answers in no group cannot all be students of this round.
    await memberSchool(
      lead,
      "B ungrouped",
      [{ expectedSize: 10, scores: [50, 50, 50, 50, 50, 50] }],
      [0, 0, 0, 0, 0, 0, 0, 0, 0],
    );
    const { report } = await getNetworkReport(lead);
    const b = report.schools[1]!;
    expect(b.belonging).toMatchObject({ suppressed: true, reason: "padding" });
    expect(b.participation.suppressed).toBe(true);
    const pooled = report.pooled.belonging;
    if (pooled.suppressed) throw new Error("expected a pooled figure");
    expect(pooled.n).toBe(HONEST.length);
  });
});
