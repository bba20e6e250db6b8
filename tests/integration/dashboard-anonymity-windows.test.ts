// Differencing by date windows: a staff member asks for every window of days over a month and
// subtracts one shown count from another. No difference of two nested windows, and no window's
// total minus its shown sessions, may describe 1..k-1 students.
import { beforeAll, describe, expect, it } from "vitest";
import { getClassroomSummary, getPathwayFunnel } from "@/features/dashboard/server";
import type { StaffContext } from "@/features/access/server";
import { addClassroomSession, addPathwayProgress } from "../support/dashboard";
import { createGroup, createInstitution, createStaff } from "../support/factories";

const K = 5;
const DAY = 24 * 60 * 60 * 1000;
const FIRST = Date.UTC(2026, 0, 1);
/** Every window [from, to] of whole days in January 2026 (to inclusive, as the filter is). */
const WINDOWS = Array.from({ length: 20 }, (_, i) => i).flatMap((a) =>
  Array.from({ length: 20 - a }, (_, j) => ({
    from: new Date(FIRST + a * DAY),
    to: new Date(FIRST + (a + j) * DAY),
  })),
);
type Window = (typeof WINDOWS)[number];

/** Every shown count minus the count of a window nested in it is 0 or at least k. */
function expectNoSmallNestedDifference(shown: readonly { window: Window; n: number }[]) {
  for (const a of shown) {
    for (const b of shown) {
      if (b.window.from > a.window.from || a.window.to > b.window.to) continue;
      const difference = b.n - a.n;
      expect(difference === 0 || difference >= K).toBe(true);
    }
  }
}

let ctx: StaffContext;

beforeAll(async () => {
  const school = await createInstitution({ minGroupSize: K });
  const admin = await createStaff(school.id, "ADMIN");
  ctx = { userId: admin.id, institutionId: school.id, role: "ADMIN" };
  const group = await createGroup(school.id, { name: "G" });
  const session = (day: string, joined: number) =>
    addClassroomSession(
      {
        institutionId: school.id,
        groupId: group.id,
        teacherId: admin.id,
        startedAt: new Date(`${day}T10:00:00Z`),
      },
      joined,
    );
  // Monday 5 January: 12, Wednesday 7th: 2; Monday 12th: 8, Wednesday 14th: 1.
  await session("2026-01-05", 12);
  await session("2026-01-07", 2);
  await session("2026-01-12", 8);
  await session("2026-01-14", 1);
  const invite = (day: string) => addPathwayProgress(school.id, { invitedAt: new Date(day) });
  for (let i = 0; i < 7; i++) await invite("2026-01-06");
  await invite("2026-01-14");
});

describe("adjacent date windows", () => {
  it("give no classroom count under k by subtraction", async () => {
    const shown: { window: Window; n: number }[] = [];
    for (const window of WINDOWS) {
      const summary = await getClassroomSummary(ctx, window);
      if (summary.joined.suppressed) continue;
      shown.push({ window, n: summary.joined.n });
      // The window's total minus its shown sessions leaves the hidden ones: 0 or >= k.
      const rest = summary.sessions.reduce(
        (n, s) => n - (s.joined.suppressed ? 0 : s.joined.n),
        summary.joined.n,
      );
      expect(rest === 0 || rest >= K).toBe(true);
    }
    expectNoSmallNestedDifference(shown);
    // Still useful: whole weeks with enough students are shown.
    expect(shown.some((s) => s.n === 14)).toBe(true);
  });

  it("give no pathway count under k by subtraction", async () => {
    const shown: { window: Window; n: number }[] = [];
    for (const window of WINDOWS) {
      const funnel = await getPathwayFunnel(ctx, window);
      const invited = funnel.stages.find((s) => s.stage === "invited")?.figure;
      if (invited && !invited.suppressed) shown.push({ window, n: invited.n });
    }
    expectNoSmallNestedDifference(shown);
    expect(shown.some((s) => s.n === 7)).toBe(true);
  });
});
