// The demo network shows every figure of the network report: four schools, each shown, and a
// pooled change across all four, for the lead account printed at start-up.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getNetworkReport, listSharedRounds, networkLeadContext } from "@/features/network/server";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD, DEMO_SIGN_INS, seedDemo } from "../../prisma/seed/demo";
import { DEMO_NETWORK, DEMO_NETWORK_LEAD } from "../../prisma/seed/demo-network";

describe("the demo network", () => {
  it("gives the printed lead account a full report of four schools", async () => {
    const db = await getDb();
    expect(await seedDemo(db)).toBe(true);
    expect(DEMO_SIGN_INS.map((a) => a.email)).toContain(DEMO_NETWORK_LEAD.email);

    const lead = await db.user.findUniqueOrThrow({ where: { email: DEMO_NETWORK_LEAD.email } });
    expect(await verifyPassword(lead.passwordHash!, DEMO_PASSWORD)).toBe(true);
    expect(await db.membership.count({ where: { userId: lead.id } })).toBe(0);

    const ctx = await networkLeadContext(lead.id, undefined);
    expect(ctx.networkName).toBe(DEMO_NETWORK);
    const { report, members, onSharedRounds } = await getNetworkReport(ctx);
    expect(members.map((m) => [m.country, m.status]).sort()).toEqual([
      ["DK", "ACTIVE"],
      ["EE", "ACTIVE"],
      ["NL", "ACTIVE"],
      ["NO", "ACTIVE"],
    ]);
    for (const school of report.schools) {
      expect(school.participation.suppressed, school.name).toBe(false);
      expect(school.belonging.suppressed, school.name).toBe(false);
      expect(school.change?.suppressed, school.name).toBe(false);
    }
    expect(report.pooled.schools).toBe(4);
    const change = report.pooled.change;
    if (!change || change.suppressed) throw new Error("expected a pooled change");
    expect(change.k).toBe(4);
    expect(change.i2).not.toBeNull();

    // Every school adopted the network's shared baseline and follow-up, and is compared on them.
    const shared = await listSharedRounds(ctx);
    expect(shared.map((r) => [r.name, r.kind, r.adoptedBy.length])).toEqual([
      ["Pilot follow-up", "FOLLOW_UP", 4],
      ["Pilot baseline", "BASELINE", 4],
    ]);
    expect(onSharedRounds).toBe(4);
    for (const school of report.schools) {
      expect([school.baselineRound, school.followUpRound]).toEqual([
        "Pilot baseline",
        "Pilot follow-up",
      ]);
    }
  });
});
