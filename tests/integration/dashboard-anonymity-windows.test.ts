// Differencing by date windows: a staff member asks for every window of days over a month and
// subtracts one shown count from another. No difference of two nested windows, and no window's
// total minus its shown sessions, may describe 1..k-1 students.
import { beforeAll, describe, expect, it } from "vitest";
import { getClassroomSummary } from "@/features/dashboard/server/get-classroom-summary";
import { getPathwayFunnel } from "@/features/dashboard/server/get-pathway-funnel";
import type { StaffContext } from "@/features/staff";
import { getDb } from "@/lib/db";
import { addPathwayProgress } from "../support/dashboard";
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
const nested = (a: { from: Date; to: Date }, b: { from: Date; to: Date }) =>
  b.from <= a.from && a.to <= b.to;

let ctx: StaffContext;

beforeAll(async () => {
  const school = await createInstitution({ minGroupSize: K });
  const admin = await createStaff(school.id, "ADMIN");
  ctx = { userId: admin.id, institutionId: school.id, role: "ADMIN" };
  const group = await createGroup(school.id, { name: "G" });
  const db = await getDb();
  const session = async (day: string, joined: number) => {
    const s = await db.classroomSession.create({
      data: {
        institutionId: school.id,
        groupId: group.id,
        teacherId: admin.id,
        joinCode: `W${Math.random().toString(36).slice(2, 8)}`,
        startedAt: new Date(`${day}T10:00:00Z`),
      },
    });
    for (let i = 0; i < joined; i++) {
      const p = await db.participant.create({ data: { institutionId: school.id } });
      await db.classroomJoin.create({ data: { sessionId: s.id, participantId: p.id } });
    }
  };
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
    const shown: { window: (typeof WINDOWS)[number]; total: number }[] = [];
    for (const window of WINDOWS) {
      const summary = await getClassroomSummary(ctx, window);
      if (summary.joined.suppressed) continue;
      shown.push({ window, total: summary.joined.n });
      // The window's total minus its shown sessions leaves the hidden ones: 0 or >= k.
      const rest = summary.sessions.reduce(
        (n, s) => n - (s.joined.suppressed ? 0 : s.joined.n),
        summary.joined.n,
      );
      expect(rest === 0 || rest >= K).toBe(true);
    }
    for (const a of shown) {
      for (const b of shown) {
        if (!nested(a.window, b.window)) continue;
        const difference = b.total - a.total;
        expect(difference === 0 || difference >= K).toBe(true);
      }
    }
    // Still useful: whole weeks with enough students are shown.
    expect(shown.some((s) => s.total === 14)).toBe(true);
  });

  it("give no pathway count under k by subtraction", async () => {
    const shown: { window: (typeof WINDOWS)[number]; invited: number }[] = [];
    for (const window of WINDOWS) {
      const funnel = await getPathwayFunnel(ctx, window);
      const invited = funnel.stages.find((s) => s.stage === "invited")?.figure;
      if (invited && !invited.suppressed) shown.push({ window, invited: invited.n });
    }
    for (const a of shown) {
      for (const b of shown) {
        if (!nested(a.window, b.window)) continue;
        const difference = b.invited - a.invited;
        expect(difference === 0 || difference >= K).toBe(true);
      }
    }
    expect(shown.some((s) => s.invited === 7)).toBe(true);
  });
});
