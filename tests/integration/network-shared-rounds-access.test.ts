// Shared rounds: non-members, schools that left, teachers and leads cannot adopt; a shared
// round that is over cannot be adopted; the network report pairs the rounds schools adopted.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import {
  adoptSharedRound,
  answerNetwork,
  defineSharedRound,
  getNetworkReport,
  inviteSchool,
  listAdoptableRounds,
  listSchoolNetworks,
  listSharedRounds,
} from "@/features/network/server";
import { staffContext, type StaffContext } from "@/features/access/server";
import { addResponse } from "../support/dashboard";
import { createLead } from "../support/network";
import {
  createGroup,
  createInstitution,
  createSignedInStaff,
  randomCode,
} from "../support/factories";
import { fakeSession } from "../support/fake-session";
import { refusalOf } from "../support/staff-checks";
import { baselineInput, DAY, followUpInput, memberSchool } from "../support/shared-rounds";

vi.mock("@/features/access/server/session", () => import("../support/fake-session"));

beforeEach(() => {
  fakeSession.userId = undefined;
  fakeSession.institutionId = undefined;
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
