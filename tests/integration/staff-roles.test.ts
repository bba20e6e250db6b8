// Roles inside one institution: teachers see only their groups and can change nothing;
// coordinators run groups but not people, settings or the audit log; an institution always
// keeps an admin. Refusals are not found and change nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { assignTeachers } from "@/features/staff/server/groups/assign-teachers";
import { createGroup as createGroupFn } from "@/features/staff/server/groups/create-group";
import { getGroup, listGroups } from "@/features/staff/server";
import { listStaffMembers } from "@/features/staff/server/groups/list-staff-members";
import { setGroupArchived } from "@/features/staff/server/groups/set-group-archived";
import { updateGroup } from "@/features/staff/server/groups/update-group";
import { changeRole } from "@/features/staff/server/people/change-role";
import { invitePerson } from "@/features/staff/server/people/invite-person";
import { listPeople } from "@/features/staff/server/people/list-people";
import { removeMember } from "@/features/staff/server/people/remove-member";
import { revokeInvitation } from "@/features/staff/server/people/revoke-invitation";
import { getSettings } from "@/features/staff/server/settings/get-settings";
import { updateSettings } from "@/features/staff/server/settings/update-settings";
import { listAuditEvents } from "@/features/staff/server/list-audit-events";
import { resolveStaffAccess } from "@/features/access/server/resolve-staff-access";
import type { StaffContext } from "@/features/access/server";
import {
  createGroup,
  createInstitution,
  createInvitation,
  createSignedInStaff,
} from "../support/factories";
import { institutionSnapshot, refusalOf } from "../support/staff-checks";

let institutionId: string;
let admin: StaffContext;
let coordinator: StaffContext;
let teacher: StaffContext;
let taught: string;
let notTaught: string;
let invitationId: string;
let adminMembershipId: string;

beforeAll(async () => {
  institutionId = (await createInstitution()).id;
  admin = (await createSignedInStaff(institutionId, "ADMIN")).ctx;
  coordinator = (await createSignedInStaff(institutionId, "COORDINATOR")).ctx;
  teacher = (await createSignedInStaff(institutionId, "TEACHER")).ctx;
  taught = (await createGroup(institutionId, { name: "B Taught" })).id;
  notTaught = (await createGroup(institutionId, { name: "A Not taught" })).id;
  const db = await getDb();
  await db.groupTeacher.create({ data: { groupId: taught, userId: teacher.userId } });
  invitationId = (await createInvitation(institutionId)).id;
  adminMembershipId = (
    await db.membership.findFirstOrThrow({ where: { userId: admin.userId, institutionId } })
  ).id;
});

describe("a teacher", () => {
  it("sees only the groups they teach", async () => {
    expect((await listGroups(teacher)).map((g) => g.id)).toEqual([taught]);
    expect((await getGroup(teacher, taught)).name).toBe("B Taught");
    expect(await refusalOf(getGroup(teacher, notTaught))).toBe("not_found");
  });

  it("sees every group as a coordinator does", async () => {
    expect((await listGroups(coordinator)).map((g) => g.name)).toEqual([
      "A Not taught",
      "B Taught",
    ]);
  });

  const refused: [string, () => Promise<unknown>][] = [
    [
      "createGroup",
      () =>
        createGroupFn(teacher, {
          name: "Mine",
          programme: "",
          startDate: null,
          expectedSize: null,
        }),
    ],
    ["updateGroup", () => updateGroup(teacher, taught, { name: "Renamed" })],
    ["setGroupArchived", () => setGroupArchived(teacher, taught, true)],
    ["assignTeachers", () => assignTeachers(teacher, taught, [])],
    ["listStaffMembers", () => listStaffMembers(teacher)],
    ["listPeople", () => listPeople(teacher)],
    ["invitePerson", () => invitePerson(teacher, { email: "x@school.test", role: "ADMIN" }, "en")],
    ["revokeInvitation", () => revokeInvitation(teacher, invitationId)],
    ["changeRole", () => changeRole(teacher, adminMembershipId, "TEACHER")],
    ["removeMember", () => removeMember(teacher, adminMembershipId)],
    ["getSettings", () => getSettings(teacher)],
    [
      "updateSettings",
      () =>
        updateSettings(teacher, {
          name: "Mine",
          country: "DK",
          defaultLocale: "en",
          minGroupSize: 3,
          pathwayThreshold: 0,
          safeguardingReminderHours: 24,
          reflectionRetentionWeeks: 8,
          answerRetentionMonths: 12,
          flagRetentionMonths: 24,
          auditRetentionMonths: 24,
          helpContacts: "",
          safeguardingEmail: null,
          dataProtectionContact: "",
        }),
    ],
    ["listAuditEvents", () => listAuditEvents(teacher)],
  ];

  it.each(refused)("is refused %s (not found), and nothing changes", async (_name, call) => {
    const before = await institutionSnapshot(institutionId);
    expect(await refusalOf(call())).toBe("not_found");
    expect(await institutionSnapshot(institutionId)).toBe(before);
  });
});

describe("a coordinator", () => {
  it("creates, edits, archives and staffs groups", async () => {
    const { id } = await createGroupFn(coordinator, {
      name: "Chefs 2A",
      programme: "Chef",
      startDate: new Date("2026-08-17T00:00:00Z"),
      expectedSize: 18,
    });
    await updateGroup(coordinator, id, { expectedSize: 20 });
    await assignTeachers(coordinator, id, [teacher.userId, teacher.userId]);
    let group = await getGroup(coordinator, id);
    expect(group).toMatchObject({
      name: "Chefs 2A",
      programme: "Chef",
      startDate: "2026-08-17",
      expectedSize: 20,
      archived: false,
    });
    expect(group.teachers.map((t) => t.id)).toEqual([teacher.userId]);
    await setGroupArchived(coordinator, id, true);
    group = await getGroup(coordinator, id);
    expect(group.archived).toBe(true);
    await setGroupArchived(coordinator, id, false);
    expect((await getGroup(coordinator, id)).archived).toBe(false);
    const db = await getDb();
    const actions = await db.auditEvent.findMany({
      where: { targetId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "group_created",
      "group_updated",
      "teachers_assigned",
      "group_archived",
      "group_restored",
    ]);
    expect(new Set(actions.map((a) => a.actorId))).toEqual(new Set([coordinator.userId]));
  });

  it.each([
    ["listPeople", () => listPeople(coordinator)],
    ["getSettings", () => getSettings(coordinator)],
    ["listAuditEvents", () => listAuditEvents(coordinator)],
    ["changeRole", () => changeRole(coordinator, adminMembershipId, "TEACHER")],
  ] as [string, () => Promise<unknown>][])("is refused %s", async (_name, call) => {
    expect(await refusalOf(call())).toBe("not_found");
  });
});

describe("an admin", () => {
  it("changes roles, with the change in the audit log", async () => {
    const { user } = await createSignedInStaff(institutionId, "TEACHER");
    const db = await getDb();
    const membership = await db.membership.findFirstOrThrow({ where: { userId: user.id } });
    await changeRole(admin, membership.id, "COORDINATOR");
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe(
      "COORDINATOR",
    );
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "role_changed", targetId: user.id },
    });
    expect(event).toMatchObject({
      institutionId,
      actorId: admin.userId,
      details: { from: "TEACHER", to: "COORDINATOR" },
    });
  });

  it("removes a member from the institution and the groups they taught", async () => {
    const removed = await createSignedInStaff(institutionId, "TEACHER");
    const db = await getDb();
    await db.groupTeacher.create({ data: { groupId: notTaught, userId: removed.user.id } });
    const membership = await db.membership.findFirstOrThrow({ where: { userId: removed.user.id } });
    await removeMember(admin, membership.id);
    expect(await db.groupTeacher.count({ where: { userId: removed.user.id } })).toBe(0);
    expect((await resolveStaffAccess(removed.user.id, undefined)).kind).toBe("no_membership");
    expect(
      await db.auditEvent.count({ where: { action: "member_removed", targetId: removed.user.id } }),
    ).toBe(1);
  });

  it("cannot leave the institution without an admin", async () => {
    const before = await institutionSnapshot(institutionId);
    expect(await refusalOf(changeRole(admin, adminMembershipId, "COORDINATOR"))).toBe("conflict");
    expect(await refusalOf(removeMember(admin, adminMembershipId))).toBe("conflict");
    expect(await institutionSnapshot(institutionId)).toBe(before);
  });

  it("records which settings changed, from what to what", async () => {
    const current = await getSettings(admin);
    await updateSettings(admin, {
      ...current,
      country: "EE",
      defaultLocale: "et",
      minGroupSize: 7,
    });
    const db = await getDb();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "settings_changed", institutionId },
    });
    expect(event.details).toEqual({
      changes: {
        country: { from: "DK", to: "EE" },
        defaultLocale: { from: "en", to: "et" },
        minGroupSize: { from: 5, to: 7 },
      },
    });
    // Saving the same values again records nothing.
    await updateSettings(admin, {
      ...current,
      country: "EE",
      defaultLocale: "et",
      minGroupSize: 7,
    });
    expect(
      await db.auditEvent.count({ where: { action: "settings_changed", institutionId } }),
    ).toBe(1);
  });

  it("is stopped by the database too if k ever went below 3", async () => {
    const db = await getDb();
    await expect(
      db.institution.update({ where: { id: institutionId }, data: { minGroupSize: 2 } }),
    ).rejects.toThrow();
  });
});
