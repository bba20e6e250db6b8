// Intervention and comparison groups: a coordinator marks a round's groups (audited, only
// before the round closes, only in their own school), and the network report shows each arm
// under the school's k, both arms or neither, so no arm is derivable from the school's total.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/http";
import { getNetworkReport, markStudyArm, type NetworkLeadContext } from "@/features/network/server";
import { addResponses } from "../support/dashboard";
import {
  createGroup,
  createInstitution,
  createRound,
  createSignedInStaff,
} from "../support/factories";
import { createLead, joinNetwork } from "../support/network";

const DAY = 24 * 60 * 60 * 1000;

/** A member school whose baseline has one group per entry of `sizes`, marked while open. */
async function school(lead: NetworkLeadContext, name: string, sizes: number[], arms: string[]) {
  const school = await createInstitution({ name });
  const groups = await Promise.all(sizes.map(() => createGroup(school.id, { expectedSize: 40 })));
  const round = await createRound(school.id, {
    groupIds: groups.map((g) => g.id),
    opensAt: new Date(Date.now() - 10 * DAY),
    closesAt: new Date(Date.now() + DAY),
  });
  const { ctx: coordinator } = await createSignedInStaff(school.id, "COORDINATOR");
  for (const [i, group] of groups.entries()) {
    const arm = arms[i] === "I" ? "INTERVENTION" : arms[i] === "C" ? "COMPARISON" : null;
    if (arm) await markStudyArm(coordinator, { roundId: round.id, groupId: group.id, arm });
    await addResponses(school.id, round.id, group.id, Array(sizes[i]).fill(i === 0 ? 70 : 60));
  }
  const db = await getDb();
  await db.surveyRound.update({
    where: { id: round.id },
    data: { closesAt: new Date(Date.now() - DAY) },
  });
  const { ctx: admin } = await createSignedInStaff(school.id, "ADMIN");
  await joinNetwork(lead, school, admin);
  return { school, round, groups, coordinator };
}

describe("intervention and comparison groups", () => {
  it("shows both arms when each has k, and hides both when one arm or the rest is small", async () => {
    const lead = await createLead();
    await school(lead, "A", [8, 7], ["I", "C"]);
    await school(lead, "B", [9, 3], ["I", "C"]); // comparison under k
    await school(lead, "C", [6, 6, 2], ["I", "C", "-"]); // 2 students in neither arm
    const { report } = await getNetworkReport(lead);
    const [a, b, c] = report.schools;
    expect(a!.arms.INTERVENTION.belonging).toMatchObject({ suppressed: false, n: 8, mean: 70 });
    expect(a!.arms.COMPARISON.belonging).toMatchObject({ suppressed: false, n: 7, mean: 60 });
    // B's total (12) is shown: its intervention arm (9) would give the comparison's 3 away.
    expect(b!.belonging.suppressed).toBe(false);
    expect(b!.arms.COMPARISON.belonging).toMatchObject({ reason: "fewer-than-k", k: 5 });
    expect(b!.arms.INTERVENTION.belonging).toMatchObject({ reason: "complementary", k: 5 });
    // C: 14 in all, 6 + 6 in the arms: the 2 unmarked students would be derivable.
    expect(c!.arms.INTERVENTION.belonging.suppressed).toBe(true);
    expect(c!.arms.COMPARISON.belonging.suppressed).toBe(true);
    // Pooled: only A's arms enter (the strictest k is 5 here).
    expect(report.pooled.arms.INTERVENTION.belonging).toMatchObject({ suppressed: false, n: 8 });
    expect(report.pooled.arms.COMPARISON.belonging).toMatchObject({ suppressed: false, n: 7 });
  });

  it("is marked by the school's own staff, audited, and never after the round closed", async () => {
    const lead = await createLead();
    const { school: own, round, groups, coordinator } = await school(lead, "D", [5], ["I"]);
    const db = await getDb();
    const log = await db.auditEvent.findMany({
      where: { institutionId: own.id, action: "study_arm_marked" },
      select: { actorId: true, targetId: true },
    });
    expect(log).toEqual([{ actorId: coordinator.userId, targetId: round.id }]);

    const refusal = await markStudyArm(coordinator, {
      roundId: round.id,
      groupId: groups[0]!.id,
      arm: "COMPARISON",
    }).catch((e: unknown) => e);
    expect(isAppError(refusal) && refusal.code).toBe("conflict");

    const other = await createInstitution({ name: "Other" });
    const { ctx: stranger } = await createSignedInStaff(other.id, "COORDINATOR");
    const open = await createRound(own.id, { groupIds: [groups[0]!.id] });
    const foreign = await markStudyArm(stranger, {
      roundId: open.id,
      groupId: groups[0]!.id,
      arm: "COMPARISON",
    }).catch((e: unknown) => e);
    expect(isAppError(foreign) && foreign.code).toBe("not_found");
    const { ctx: teacher } = await createSignedInStaff(own.id, "TEACHER");
    const denied = await markStudyArm(teacher, {
      roundId: open.id,
      groupId: groups[0]!.id,
      arm: "COMPARISON",
    }).catch((e: unknown) => e);
    expect(isAppError(denied)).toBe(true);
    expect((await db.surveyRoundGroup.findFirst({ where: { roundId: open.id } }))!.arm).toBeNull();
  });
});
