// Tenant isolation: a member of institution A (an admin, who holds every permission) calls
// every staff read and write function, and the JSON endpoints, with institution B's ids. Each
// call is not found, and B's rows are exactly as before.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { assignTeachers } from "@/features/staff/server/groups/assign-teachers";
import { getGroup, listGroups } from "@/features/staff/server";
import { listStaffMembers } from "@/features/staff/server/groups/list-staff-members";
import { setGroupArchived } from "@/features/staff/server/groups/set-group-archived";
import { updateGroup } from "@/features/staff/server/groups/update-group";
import { changeRole } from "@/features/staff/server/people/change-role";
import { listPeople } from "@/features/staff/server/people/list-people";
import { removeMember } from "@/features/staff/server/people/remove-member";
import { revokeInvitation } from "@/features/staff/server/people/revoke-invitation";
import { getSettings } from "@/features/staff/server/settings/get-settings";
import { updateSettings } from "@/features/staff/server/settings/update-settings";
import { listAuditEvents } from "@/features/staff/server/list-audit-events";
import { resolveStaffAccess } from "@/features/access/server/resolve-staff-access";
import type { StaffContext } from "@/features/access/server";
import { GET as getGroups } from "@/app/api/v1/staff/groups/route";
import { GET as getGroupItem, PATCH as patchGroupItem } from "@/app/api/v1/staff/groups/[id]/route";
import {
  createGroup,
  createInstitution,
  createInvitation,
  createSignedInStaff,
} from "../support/factories";
import { fakeSession } from "../support/fake-session";
import { institutionSnapshot, refusalOf } from "../support/staff-checks";

vi.mock("@/features/access/server/session", () => import("../support/fake-session"));

let a: { ctx: StaffContext; groupId: string; teacherId: string };
let b: {
  institutionId: string;
  groupId: string;
  teacherId: string;
  adminMembershipId: string;
  teacherMembershipId: string;
  invitationId: string;
  auditEventId: string;
};

beforeAll(async () => {
  const schoolA = await createInstitution({ name: "School A" });
  const schoolB = await createInstitution({ name: "School B" });
  const adminA = await createSignedInStaff(schoolA.id, "ADMIN");
  const teacherA = await createSignedInStaff(schoolA.id, "TEACHER");
  const groupA = await createGroup(schoolA.id);
  a = { ctx: adminA.ctx, groupId: groupA.id, teacherId: teacherA.user.id };

  const adminB = await createSignedInStaff(schoolB.id, "ADMIN");
  const teacherB = await createSignedInStaff(schoolB.id, "TEACHER");
  const groupB = await createGroup(schoolB.id, { name: "Group B" });
  const db = await getDb();
  await db.groupTeacher.create({ data: { groupId: groupB.id, userId: teacherB.user.id } });
  const invitation = await createInvitation(schoolB.id);
  const event = await db.auditEvent.create({
    data: { institutionId: schoolB.id, actorId: adminB.user.id, action: "group_created" },
  });
  const membership = (userId: string) =>
    db.membership.findFirstOrThrow({ where: { userId, institutionId: schoolB.id } });
  b = {
    institutionId: schoolB.id,
    groupId: groupB.id,
    teacherId: teacherB.user.id,
    adminMembershipId: (await membership(adminB.user.id)).id,
    teacherMembershipId: (await membership(teacherB.user.id)).id,
    invitationId: invitation.id,
    auditEventId: event.id,
  };
});

const attacks: [string, () => Promise<unknown>][] = [
  ["getGroup", () => getGroup(a.ctx, b.groupId)],
  ["updateGroup", () => updateGroup(a.ctx, b.groupId, { name: "Taken over" })],
  ["setGroupArchived (archive)", () => setGroupArchived(a.ctx, b.groupId, true)],
  ["setGroupArchived (restore)", () => setGroupArchived(a.ctx, b.groupId, false)],
  ["assignTeachers on B's group", () => assignTeachers(a.ctx, b.groupId, [a.teacherId])],
  ["assignTeachers of B's teacher", () => assignTeachers(a.ctx, a.groupId, [b.teacherId])],
  ["revokeInvitation", () => revokeInvitation(a.ctx, b.invitationId)],
  ["changeRole", () => changeRole(a.ctx, b.adminMembershipId, "TEACHER")],
  ["removeMember", () => removeMember(a.ctx, b.teacherMembershipId)],
  ["listAuditEvents from B's cursor", () => listAuditEvents(a.ctx, { before: b.auditEventId })],
];

describe("a member of institution A using institution B's ids", () => {
  it.each(attacks)("%s: not found, B unchanged", async (_name, attack) => {
    const before = await institutionSnapshot(b.institutionId);
    expect(await refusalOf(attack())).toBe("not_found");
    expect(await institutionSnapshot(b.institutionId)).toBe(before);
  });

  it("leaves A's own group untouched when B's teacher is refused", async () => {
    const db = await getDb();
    expect(await db.groupTeacher.count({ where: { groupId: a.groupId } })).toBe(0);
  });

  it("lists none of B's records", async () => {
    const before = await institutionSnapshot(b.institutionId);
    const bIds = [b.groupId, b.teacherId, b.adminMembershipId, b.invitationId, b.auditEventId];
    const seen = JSON.stringify([
      await listGroups(a.ctx),
      await listStaffMembers(a.ctx),
      await listPeople(a.ctx),
      await listAuditEvents(a.ctx),
      await getSettings(a.ctx),
    ]);
    for (const id of bIds) expect(seen).not.toContain(id);
    expect(seen).not.toContain("School B");
    expect(await institutionSnapshot(b.institutionId)).toBe(before);
  });

  it("changes only A's settings", async () => {
    const before = await institutionSnapshot(b.institutionId);
    const current = await getSettings(a.ctx);
    await updateSettings(a.ctx, {
      ...current,
      country: "NL",
      defaultLocale: "nl",
      name: "School A renamed",
    });
    expect((await getSettings(a.ctx)).name).toBe("School A renamed");
    expect(await institutionSnapshot(b.institutionId)).toBe(before);
  });

  it("cannot make B its active institution with a forged choice", async () => {
    const access = await resolveStaffAccess(a.ctx.userId, b.institutionId);
    expect(access.kind === "member" && access.context.institutionId).toBe(a.ctx.institutionId);
  });

  it("gets a problem+json 404 from the JSON endpoints, and B's group is unchanged", async () => {
    fakeSession.userId = a.ctx.userId;
    const before = await institutionSnapshot(b.institutionId);
    const url = `http://localhost:3000/api/v1/staff/groups/${b.groupId}`;
    const params = { params: Promise.resolve({ id: b.groupId }) };
    const responses = [
      await getGroupItem(new Request(url), params),
      await patchGroupItem(
        new Request(url, {
          method: "PATCH",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ name: "Taken over" }),
        }),
        params,
      ),
    ];
    for (const response of responses) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const body = (await response.json()) as { code: string; detail: string };
      expect(body.code).toBe("not_found");
      expect(JSON.stringify(body)).not.toContain("School B");
    }
    const list = (await (
      await getGroups(new Request("http://localhost:3000/api/v1/staff/groups"))
    ).json()) as {
      groups: { id: string }[];
    };
    expect(list.groups.map((g) => g.id)).toEqual([a.groupId]);
    expect(await institutionSnapshot(b.institutionId)).toBe(before);
  });
});
