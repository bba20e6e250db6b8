// Shared rounds: a network's lead defines a round once; each ACTIVE member school adopts it for
// its own groups and gets its own round, code and poster. Non-members, schools that left and
// leads themselves cannot adopt; a school adopts a round once; the report pairs adopted rounds.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/http";
import {
  adoptSharedRound,
  answerNetwork,
  defineSharedRound,
  getNetworkReport,
  inviteSchool,
  listAdoptableRounds,
  listSchoolNetworks,
  listSharedRounds,
  type NetworkLeadContext,
} from "@/features/network/server";
import { staffContext, type StaffContext } from "@/features/staff/server";
import { addResponse } from "../support/dashboard";
import { createLead, joinNetwork } from "../support/network";
import {
  createGroup,
  createInstitution,
  createSignedInStaff,
  randomCode,
} from "../support/factories";
import { fakeSession } from "../support/fake-session";
import { refusalOf } from "../support/staff-checks";

vi.mock("@/features/staff/server/session", () => import("../support/fake-session"));

const DAY = 24 * 60 * 60 * 1000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

async function memberSchool(lead: NetworkLeadContext, name: string, country = "DK") {
  const school = await createInstitution({ name, country, minGroupSize: 3 });
  const group = await createGroup(school.id, { name: `${name} group`, expectedSize: 20 });
  const { ctx: admin } = await createSignedInStaff(school.id, "ADMIN");
  const { ctx: coordinator } = await createSignedInStaff(school.id, "COORDINATOR");
  await joinNetwork(lead, school, admin);
  return { school, group, admin, coordinator };
}

function fieldsOf(error: unknown): Record<string, string> {
  if (!isAppError(error)) throw error;
  return Object.fromEntries((error.options.fields ?? []).map((f) => [f.field, f.message]));
}

const baselineInput = (lead: NetworkLeadContext, extra: Record<string, string> = {}) => ({
  networkId: lead.networkId,
  name: "Pilot baseline",
  surveyKey: "belonging-pulse",
  kind: "BASELINE" as const,
  opensOn: day(0),
  closesOn: day(14),
  ...extra,
});

const followUpInput = (lead: NetworkLeadContext, baselineId: string) =>
  baselineInput(lead, {
    name: "Pilot follow-up",
    kind: "FOLLOW_UP",
    opensOn: day(20),
    closesOn: day(30),
    baselineId,
  });

beforeEach(() => {
  fakeSession.userId = undefined;
  fakeSession.institutionId = undefined;
});

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

describe("who cannot adopt", () => {
  it("refuses a school that is only invited, one that left, and one outside the network", async () => {
    const lead = await createLead();
    const { id } = await defineSharedRound(lead, baselineInput(lead));
    const invited = await createInstitution({ name: "Invited" });
    const invitedGroup = await createGroup(invited.id);
    const { ctx: invitedCoordinator } = await createSignedInStaff(invited.id, "COORDINATOR");
    await inviteSchool(lead, invited.schoolCode);
    const left = await memberSchool(lead, "Left");
    const [membership] = await listSchoolNetworks(left.admin);
    await answerNetwork(left.admin, membership!.membershipId, "leave");
    const outsider = await createInstitution({ name: "Outside" });
    const outsiderGroup = await createGroup(outsider.id);
    const { ctx: outsiderCoordinator } = await createSignedInStaff(outsider.id, "COORDINATOR");

    const cases: [StaffContext, string][] = [
      [invitedCoordinator, invitedGroup.id],
      [left.coordinator, left.group.id],
      [outsiderCoordinator, outsiderGroup.id],
    ];
    for (const [ctx, groupId] of cases) {
      expect(await listAdoptableRounds(ctx)).toEqual([]);
      expect(
        await refusalOf(adoptSharedRound(ctx, { networkRoundId: id, groupIds: [groupId] })),
      ).toBe("forbidden");
    }
    const db = await getDb();
    expect(await db.surveyRound.count({ where: { networkRoundId: id } })).toBe(0);
    expect((await listSharedRounds(lead))[0]!.adoptedBy).toEqual([]);
  });

  it("refuses a teacher, and another school's groups", async () => {
    const lead = await createLead();
    const { id } = await defineSharedRound(lead, baselineInput(lead));
    const tartu = await memberSchool(lead, "Tartu", "EE");
    const bergen = await memberSchool(lead, "Bergen", "NO");
    const { ctx: teacher } = await createSignedInStaff(tartu.school.id, "TEACHER");
    expect(
      await refusalOf(
        adoptSharedRound(teacher, { networkRoundId: id, groupIds: [tartu.group.id] }),
      ),
    ).toBe("not_found");
    expect(
      await refusalOf(
        adoptSharedRound(tartu.coordinator, { networkRoundId: id, groupIds: [bergen.group.id] }),
      ),
    ).toBe("validation_failed");
  });

  it("gives a lead no school context to adopt with, and shows the lead no school's round", async () => {
    const lead = await createLead();
    const { school, group, coordinator } = await memberSchool(lead, "Lyon", "FR");
    const { id } = await defineSharedRound(lead, baselineInput(lead));
    const round = await adoptSharedRound(coordinator, { networkRoundId: id, groupIds: [group.id] });
    fakeSession.userId = lead.userId;
    fakeSession.institutionId = school.id;
    expect(await refusalOf(staffContext("rounds:manage"))).toBe("unauthorized");
    const seen = JSON.stringify(await listSharedRounds(lead));
    expect(seen).toContain("Lyon");
    expect(seen).not.toContain(round.code);
    expect(seen).not.toContain(group.id);
    expect(seen).not.toContain(round.id);
  });

  it("refuses a shared round whose days are over", async () => {
    const lead = await createLead();
    const { group, coordinator } = await memberSchool(lead, "Utrecht", "NL");
    const { id } = await defineSharedRound(lead, baselineInput(lead));
    const later = new Date(Date.now() + 20 * DAY);
    expect(
      await refusalOf(
        adoptSharedRound(coordinator, { networkRoundId: id, groupIds: [group.id] }, later),
      ),
    ).toBe("round_closed");
  });
});

describe("the network report", () => {
  it("pairs each school's adopted baseline and follow-up, over later rounds of its own", async () => {
    const lead = await createLead();
    const schools = [
      await memberSchool(lead, "Roskilde"),
      await memberSchool(lead, "Tallinn", "EE"),
    ];
    const { id: baselineId } = await defineSharedRound(lead, baselineInput(lead));
    const { id: followUpId } = await defineSharedRound(lead, followUpInput(lead, baselineId));
    const db = await getDb();
    for (const { school, group, coordinator } of schools) {
      const input = { groupIds: [group.id] };
      const baseline = await adoptSharedRound(coordinator, {
        ...input,
        networkRoundId: baselineId,
      });
      const followUp = await adoptSharedRound(coordinator, {
        ...input,
        networkRoundId: followUpId,
      });
      // Both shared rounds are over.
      await db.surveyRound.update({
        where: { id: baseline.id },
        data: {
          opensAt: new Date(Date.now() - 90 * DAY),
          closesAt: new Date(Date.now() - 80 * DAY),
        },
      });
      await db.surveyRound.update({
        where: { id: followUp.id },
        data: {
          opensAt: new Date(Date.now() - 40 * DAY),
          closesAt: new Date(Date.now() - 30 * DAY),
        },
      });
      // Since then the school ran a baseline and a follow-up of its own.
      const ownRound = (name: string, kind: "BASELINE" | "FOLLOW_UP", daysAgo: number) =>
        db.surveyRound.create({
          data: {
            institutionId: school.id,
            name,
            surveyKey: "belonging-pulse",
            kind,
            code: randomCode(),
            opensAt: new Date(Date.now() - (daysAgo + 5) * DAY),
            closesAt: new Date(Date.now() - daysAgo * DAY),
            groups: { create: [{ groupId: group.id }] },
          },
        });
      const ownBaseline = await ownRound("Own baseline", "BASELINE", 20);
      const ownFollowUp = await ownRound("Own follow-up", "FOLLOW_UP", 5);
      await db.surveyRound.update({
        where: { id: ownFollowUp.id },
        data: { baselineId: ownBaseline.id },
      });
      for (const [i, score] of [40, 50, 60, 70, 80].entries()) {
        for (const [first, then] of [
          [baseline, followUp],
          [ownBaseline, ownFollowUp],
        ] as const) {
          const participantId = await addResponse(school.id, first.id, {
            groupId: group.id,
            score,
          });
          await addResponse(school.id, then.id, {
            groupId: group.id,
            participantId,
            score: score + 4 + (i % 3),
          });
        }
      }
    }
    const { report, onSharedRounds } = await getNetworkReport(lead);
    expect(onSharedRounds).toBe(2);
    for (const school of report.schools) {
      expect(school.baselineRound, school.name).toBe("Pilot baseline");
      expect(school.followUpRound, school.name).toBe("Pilot follow-up");
      expect(school.change).toMatchObject({ suppressed: false });
    }
    expect(report.pooled.change).toMatchObject({ suppressed: false });
  });
});
