// An admin's export and erasure of a staff member's personal data: the download holds what
// the school knows about them and nothing secret; erasure leaves a tombstone that the audit
// log names, never the last admin, only within the admin's own school, and is audited.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/staff/people/[membershipId]/export/route";
import { eraseStaffMember } from "@/features/staff/server/personal-data/erase-staff-member";
import { exportStaffData } from "@/features/staff/server/personal-data/export-staff-data";
import { listAuditEvents } from "@/features/staff/server/list-audit-events";
import type { StaffContext } from "@/features/access/server";
import { getDb } from "@/lib/db";
import { createGroup, createInstitution, createSignedInStaff } from "../support/factories";
import { fakeSession } from "../support/fake-session";

vi.mock("@/features/access/server/session", () => import("../support/fake-session"));

let adminA: StaffContext;
let adminB: StaffContext;
let schoolA: string;
let schoolB: string;

async function membershipOf(userId: string, institutionId: string) {
  const db = await getDb();
  return (await db.membership.findFirstOrThrow({ where: { userId, institutionId } })).id;
}

/** A teacher of school A (and optionally B) with a session, a group and audited actions. */
async function teacherWithHistory(alsoInB = false) {
  const db = await getDb();
  const { user, ctx } = await createSignedInStaff(schoolA, "TEACHER", { name: "Maja Holm" });
  if (alsoInB)
    await db.membership.create({
      data: { userId: user.id, institutionId: schoolB, role: "TEACHER" },
    });
  const group = await createGroup(schoolA, { name: "Chefs 1C" });
  await db.groupTeacher.create({ data: { groupId: group.id, userId: user.id } });
  await db.session.create({
    data: { sessionToken: `t-${user.id}`, userId: user.id, expires: new Date(Date.now() + 3600e3) },
  });
  await db.auditEvent.create({
    data: { institutionId: schoolA, actorId: user.id, action: "classroom_started" },
  });
  await db.auditEvent.create({
    data: { institutionId: schoolB, actorId: user.id, action: "classroom_started" },
  });
  // An older event about them that names their address.
  await db.auditEvent.create({
    data: {
      institutionId: schoolA,
      actorId: adminA.userId,
      action: "role_changed",
      targetType: "user",
      targetId: user.id,
      details: { email: user.email, role: { from: "COORDINATOR", to: "TEACHER" } },
    },
  });
  return { user, ctx, membershipId: await membershipOf(user.id, schoolA) };
}

beforeAll(async () => {
  schoolA = (await createInstitution({ name: "School A" })).id;
  schoolB = (await createInstitution({ name: "School B" })).id;
  adminA = (await createSignedInStaff(schoolA, "ADMIN")).ctx;
  adminB = (await createSignedInStaff(schoolB, "ADMIN")).ctx;
});

describe("exporting a staff member's data", () => {
  it("downloads their account, this school's membership, groups, sessions and actions as JSON", async () => {
    const { user, membershipId } = await teacherWithHistory(true);
    fakeSession.userId = adminA.userId;
    fakeSession.institutionId = schoolA;
    const response = await exportRoute(
      new Request(`http://localhost:3000/api/v1/staff/people/${membershipId}/export`),
      { params: Promise.resolve({ membershipId }) },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename=".+\.json"$/,
    );
    const text = await response.text();
    const data = JSON.parse(text) as Awaited<ReturnType<typeof exportStaffData>>;
    expect(data.person).toMatchObject({ id: user.id, name: "Maja Holm", email: user.email });
    expect(data.membership.role).toBe("TEACHER");
    expect(data.groupsTaught).toEqual([{ name: "Chefs 1C", programme: "Electrician" }]);
    expect(data.sessions).toHaveLength(1);
    // Only what they did at this school: school B's events are not school A's to see.
    expect(data.auditEvents.map((e) => e.action)).toEqual(["classroom_started"]);
    expect(text).not.toContain("School B");
    expect(text).not.toMatch(/passwordHash|sessionToken|\$argon2/);
    const db = await getDb();
    expect(
      await db.auditEvent.count({
        where: { institutionId: schoolA, action: "staff_data_exported", targetId: user.id },
      }),
    ).toBe(1);
  });

  it("is not found for another school's admin, and for a teacher", async () => {
    const { ctx, membershipId } = await teacherWithHistory();
    await expect(exportStaffData(adminB, membershipId)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(exportStaffData(ctx, membershipId)).rejects.toMatchObject({ code: "not_found" });
    fakeSession.userId = adminB.userId;
    fakeSession.institutionId = schoolB;
    const response = await exportRoute(
      new Request(`http://localhost:3000/api/v1/staff/people/${membershipId}/export`),
      { params: Promise.resolve({ membershipId }) },
    );
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("erasing a staff member's data", () => {
  it("turns someone of this school only into a tombstone the audit log still names", async () => {
    const db = await getDb();
    const { user, membershipId } = await teacherWithHistory();
    expect(await eraseStaffMember(adminA, membershipId)).toEqual({ scope: "account" });

    const tombstone = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(tombstone.deletedAt).not.toBeNull();
    expect(tombstone).toMatchObject({ name: null, passwordHash: null, image: null });
    expect(tombstone.email).not.toBe(user.email);
    expect(tombstone.email).toMatch(/\.invalid$/);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.groupTeacher.count({ where: { userId: user.id } })).toBe(0);
    // Nothing at school A still holds their address.
    const events = await db.auditEvent.findMany({ where: { institutionId: schoolA } });
    expect(JSON.stringify(events)).not.toContain(user.email);

    const { events: log } = await listAuditEvents(adminA);
    const theirs = log.find((e) => e.action === "classroom_started" && e.actor?.id === user.id);
    expect(theirs?.actor).toMatchObject({ deleted: true });
    const erased = log.find((e) => e.action === "staff_data_erased" && e.targetId === user.id);
    expect(erased).toMatchObject({ actor: { id: adminA.userId }, details: { scope: "account" } });
  });

  it("only removes someone from this school when they also work at another", async () => {
    const db = await getDb();
    const { user, membershipId } = await teacherWithHistory(true);
    expect(await eraseStaffMember(adminA, membershipId)).toEqual({ scope: "membership" });
    const kept = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(kept).toMatchObject({ email: user.email, name: "Maja Holm", deletedAt: null });
    expect(await db.membership.findMany({ where: { userId: user.id } })).toMatchObject([
      { institutionId: schoolB },
    ]);
    // School B's records are untouched.
    expect(await db.auditEvent.count({ where: { institutionId: schoolB, actorId: user.id } })).toBe(
      1,
    );
  });

  it("cannot touch a person who is only at another school", async () => {
    const db = await getDb();
    const { user } = await createSignedInStaff(schoolB, "TEACHER");
    const membershipId = await membershipOf(user.id, schoolB);
    await expect(eraseStaffMember(adminA, membershipId)).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      deletedAt: null,
      email: user.email,
    });
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses to erase the last admin of a school, changing nothing", async () => {
    const db = await getDb();
    const school = (await createInstitution()).id;
    const { user, ctx } = await createSignedInStaff(school, "ADMIN");
    await expect(eraseStaffMember(ctx, await membershipOf(user.id, school))).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      deletedAt: null,
      email: user.email,
    });
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(1);
    expect(
      await db.auditEvent.count({ where: { institutionId: school, action: "staff_data_erased" } }),
    ).toBe(0);
  });

  it("frees the address, so the same person can be invited again as a new account", async () => {
    const db = await getDb();
    const { user, membershipId } = await teacherWithHistory();
    await eraseStaffMember(adminA, membershipId);
    // The address is free: a new account with it is a different person from the tombstone.
    const again = await db.user.create({ data: { email: user.email } });
    expect(again.id).not.toBe(user.id);
  });
});
