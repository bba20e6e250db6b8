// Shared rounds: a network's lead defines a round once; each ACTIVE member school adopts it for
// its own groups and gets its own round, code and poster, once.
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import {
  adoptSharedRound,
  defineSharedRound,
  listAdoptableRounds,
  listSharedRounds,
} from "@/features/network/server";
import { createLead } from "../support/network";
import { refusalOf } from "../support/staff-checks";
import {
  baselineInput,
  DAY,
  day,
  fieldsOf,
  followUpInput,
  memberSchool,
} from "../support/shared-rounds";

vi.mock("@/features/access/server/session", () => import("../support/fake-session"));

describe("a lead defines a shared round", () => {
  it("stores it for the network, audited, and lists it with no school yet", async () => {
    const lead = await createLead();
    const { id } = await defineSharedRound(lead, baselineInput(lead));
    const [round] = await listSharedRounds(lead);
    expect(round).toMatchObject({ id, name: "Pilot baseline", kind: "BASELINE", adoptedBy: [] });
    const db = await getDb();
    const event = await db.auditEvent.findFirstOrThrow({ where: { targetId: id } });
    expect(event).toMatchObject({
      action: "network_round_defined",
      actorId: lead.userId,
      institutionId: null,
    });
  });

  it("refuses days that make no round and a baseline that is not this network's baseline", async () => {
    const lead = await createLead();
    const other = await createLead("Other network");
    const { id: baselineId } = await defineSharedRound(lead, baselineInput(lead));
    const { id: foreignId } = await defineSharedRound(other, baselineInput(other));
    const refuse = (input: Record<string, string>) =>
      defineSharedRound(lead, { ...baselineInput(lead), ...input }).then(
        () => ({}),
        (error: unknown) => fieldsOf(error),
      );
    expect(await refuse({ closesOn: day(-1), opensOn: day(0) })).toEqual({
      closesOn: "closesBeforeOpens",
    });
    expect(await refuse({ opensOn: day(-9), closesOn: day(-2) })).toEqual({
      closesOn: "closesInPast",
    });
    expect(await refuse({ opensOn: "2026-02-30" })).toEqual({ opensOn: "invalidDate" });
    expect(await refuse({ surveyKey: "no-such-survey" })).toEqual({ surveyKey: "unknownSurvey" });
    expect(await refuse({ baselineId })).toEqual({ baselineId: "onlyFollowUp" });
    const followUp = { kind: "FOLLOW_UP", opensOn: day(20), closesOn: day(30) };
    expect(await refuse({ ...followUp, baselineId: foreignId })).toEqual({
      baselineId: "notBaseline",
    });
    expect(await refuse({ ...followUp, opensOn: day(10), baselineId })).toEqual({
      opensOn: "opensBeforeBaselineCloses",
    });
    // Defining for a network one does not lead is not found.
    expect(
      await refusalOf(
        defineSharedRound(lead, { ...baselineInput(other), networkId: other.networkId }),
      ),
    ).toBe("not_found");
    expect((await listSharedRounds(lead)).map((r) => r.id)).toEqual([baselineId]);
  });
});

describe("a member school adopts a shared round", () => {
  it("gets a round of its own with its own code, on the shared days in its own time zone", async () => {
    const lead = await createLead();
    const { school, group, coordinator } = await memberSchool(lead, "Tartu", "EE");
    const { id } = await defineSharedRound(lead, baselineInput(lead));
    const [offered] = await listAdoptableRounds(coordinator);
    expect(offered).toMatchObject({ id, networkName: "Pilot", adoptedAs: null });

    const round = await adoptSharedRound(coordinator, { networkRoundId: id, groupIds: [group.id] });
    const db = await getDb();
    const stored = await db.surveyRound.findUniqueOrThrow({
      where: { id: round.id },
      include: { groups: true },
    });
    expect(stored).toMatchObject({
      institutionId: school.id,
      networkRoundId: id,
      name: "Pilot baseline",
      kind: "BASELINE",
      surveyKey: "belonging-pulse",
      code: round.code,
    });
    expect(stored.groups.map((g) => g.groupId)).toEqual([group.id]);
    // Midnight in Tallinn (UTC+2 or +3) on the first day, to midnight after the last.
    const opens = new Date(`${day(0)}T00:00:00Z`).getTime();
    expect(opens - stored.opensAt.getTime()).toBeGreaterThanOrEqual(2 * 60 * 60 * 1000);
    expect(opens - stored.opensAt.getTime()).toBeLessThanOrEqual(3 * 60 * 60 * 1000);
    expect(Math.round((stored.closesAt.getTime() - stored.opensAt.getTime()) / DAY)).toBe(15);

    const [adopted] = await listAdoptableRounds(coordinator);
    expect(adopted!.adoptedAs).toEqual({ id: round.id, name: "Pilot baseline", code: round.code });
    expect((await listSharedRounds(lead))[0]!.adoptedBy).toEqual(["Tartu"]);
    const events = await db.auditEvent.findMany({
      where: { institutionId: school.id, targetId: round.id },
      select: { action: true, actorId: true },
    });
    expect(events).toEqual(
      expect.arrayContaining([
        { action: "round_created", actorId: coordinator.userId },
        { action: "network_round_adopted", actorId: coordinator.userId },
      ]),
    );
  });

  it("follows the school's own adoption of the shared baseline", async () => {
    const lead = await createLead();
    const { group, coordinator } = await memberSchool(lead, "Bergen", "NO");
    const { id: baselineId } = await defineSharedRound(lead, baselineInput(lead));
    const { id: followUpId } = await defineSharedRound(lead, followUpInput(lead, baselineId));
    const baseline = await adoptSharedRound(coordinator, {
      networkRoundId: baselineId,
      groupIds: [group.id],
    });
    const followUp = await adoptSharedRound(coordinator, {
      networkRoundId: followUpId,
      groupIds: [group.id],
    });
    expect(followUp.baselineId).toBe(baseline.id);
    expect(followUp.code).not.toBe(baseline.code);
  });

  it("is refused a second time, also when two adoptions race", async () => {
    const lead = await createLead();
    const { school, group, coordinator, admin } = await memberSchool(lead, "Delft", "NL");
    const { id } = await defineSharedRound(lead, baselineInput(lead));
    const input = { networkRoundId: id, groupIds: [group.id] };
    const results = await Promise.allSettled([
      adoptSharedRound(coordinator, input),
      adoptSharedRound(admin, input),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await refusalOf(adoptSharedRound(coordinator, input))).toBe("conflict");
    const db = await getDb();
    expect(await db.surveyRound.count({ where: { institutionId: school.id } })).toBe(1);
  });
});
