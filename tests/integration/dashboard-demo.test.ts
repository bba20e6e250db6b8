// The demo institution comes with results: the coordinator's pages have something to show,
// including a group small enough to be suppressed, a comparison and the queues.
import { beforeAll, describe, expect, it } from "vitest";
import { getBeforeAfter, getRoundResults } from "@/features/dashboard/server";
import { listModerationQueue } from "@/features/moderation/server";
import { countNewFlags } from "@/features/safeguarding/server";
import type { StaffContext } from "@/features/access/server";
import { getDb } from "@/lib/db";
import { DEMO_INSTITUTION, seedDemo } from "../../prisma/seed/demo";

let ctx: StaffContext;

beforeAll(async () => {
  const db = await getDb();
  expect(await seedDemo(db)).toBe(true);
  const institution = await db.institution.findFirstOrThrow({ where: { name: DEMO_INSTITUTION } });
  const coordinator = await db.user.findUniqueOrThrow({
    where: { email: "coordinator@demo.belong.vet" },
  });
  ctx = { userId: coordinator.id, institutionId: institution.id, role: "COORDINATOR" };
});

describe("the demo's results", () => {
  it("shows last year's rounds with the small group suppressed and a paired change", async () => {
    const db = await getDb();
    const followUp = await db.surveyRound.findUniqueOrThrow({ where: { code: "DEMO26" } });
    const results = await getRoundResults(ctx, { roundId: followUp.id }, "en");
    expect(results.responses).toMatchObject({ suppressed: false, responses: 40 });
    const chefs = results.breakdown.find((r) => r.name === "Chefs 1C");
    expect(chefs?.responses).toEqual({ suppressed: true, reason: "fewer-than-k", k: 5 });
    const change = await getBeforeAfter(ctx, { roundId: followUp.id });
    expect(change?.change).toMatchObject({ suppressed: false, change: { paired: true, n: 33 } });
  });

  it("has advice to moderate and a new safeguarding flag", async () => {
    expect((await listModerationQueue(ctx)).total).toBe(4);
    expect(await countNewFlags(ctx)).toBe(1);
  });
});
