// Sessions end on the server: a session cookie copied from a browser (or taken from a shared
// computer) stops working after sign-out, a password change by link or from the command line,
// removal from the school, and when an admin signs the person out everywhere.
import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { getDb } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { requestPasswordReset } from "@/features/access/server/passwords/request-password-reset";
import { resetPassword } from "@/features/access/server/passwords/reset-password";
import { endMemberSessions } from "@/features/staff/server/people/end-sessions";
import { removeMember } from "@/features/staff/server/people/remove-member";
import { runAdmin } from "../../scripts/admin-commands";
import { createInstitution, createSignedInStaff, TEST_PASSWORD } from "../support/factories";
import { lastMailTo, linkIn } from "../support/outbox";
import {
  SESSION_COOKIE,
  sessionUserOf,
  signInOverHttp,
  signOutOverHttp,
} from "../support/staff-http";

async function signedInTeacher() {
  const school = await createInstitution();
  const admin = await createSignedInStaff(school.id, "ADMIN");
  const teacher = await createSignedInStaff(school.id, "TEACHER");
  const copied = await signInOverHttp(teacher.user.email, TEST_PASSWORD);
  expect(await sessionUserOf(copied)).toBe(teacher.user.id);
  return { school, admin, teacher, copied };
}

async function membershipIdOf(userId: string, institutionId: string) {
  const db = await getDb();
  const row = await db.membership.findFirstOrThrow({ where: { userId, institutionId } });
  return row.id;
}

describe("a copied session cookie", () => {
  it("stops working when its browser signs out, while the person's other browser stays in", async () => {
    const { teacher, copied } = await signedInTeacher();
    const otherBrowser = await signInOverHttp(teacher.user.email, TEST_PASSWORD);
    await signOutOverHttp(copied);
    expect(await sessionUserOf(copied)).toBeNull();
    expect(await sessionUserOf(otherBrowser)).toBe(teacher.user.id);
  });

  it("stops working after a password reset by mailed link", async () => {
    const { teacher, copied } = await signedInTeacher();
    await requestPasswordReset(teacher.user.email, "en");
    const token = linkIn(lastMailTo(teacher.user.email)!, "/en/staff/reset-password/")
      .split("/")
      .at(-1)!;
    expect(await resetPassword(token, "a brand new password")).toMatchObject({ ok: true });
    expect(await sessionUserOf(copied)).toBeNull();
    // The new password signs in as usual.
    const fresh = await signInOverHttp(teacher.user.email, "a brand new password");
    expect(await sessionUserOf(fresh)).toBe(teacher.user.id);
  });

  it("stops working after `npm run admin -- reset-password`", async () => {
    const { teacher, copied } = await signedInTeacher();
    const code = await runAdmin(
      ["reset-password", "--email", teacher.user.email, "--password", "set from the shell"],
      { out: () => {}, err: () => {} },
    );
    expect(code).toBe(0);
    expect(await sessionUserOf(copied)).toBeNull();
  });

  it("stops working when the person is removed from the school", async () => {
    const { school, admin, teacher, copied } = await signedInTeacher();
    await removeMember(admin.ctx, await membershipIdOf(teacher.user.id, school.id));
    expect(await sessionUserOf(copied)).toBeNull();
  });

  it("stops working when an admin signs the person out everywhere, which is audited", async () => {
    const { school, admin, teacher, copied } = await signedInTeacher();
    const adminSession = await signInOverHttp(admin.user.email, TEST_PASSWORD);
    await endMemberSessions(admin.ctx, await membershipIdOf(teacher.user.id, school.id));
    expect(await sessionUserOf(copied)).toBeNull();
    expect(await sessionUserOf(adminSession)).toBe(admin.user.id);
    const db = await getDb();
    const events = await db.auditEvent.findMany({
      where: { institutionId: school.id, action: "sessions_ended" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.user.id, targetId: teacher.user.id });
  });

  it("cannot be ended by another school's admin", async () => {
    const { school, teacher, copied } = await signedInTeacher();
    const elsewhere = await createInstitution();
    const stranger = await createSignedInStaff(elsewhere.id, "ADMIN");
    const membershipId = await membershipIdOf(teacher.user.id, school.id);
    await expect(endMemberSessions(stranger.ctx, membershipId)).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await sessionUserOf(copied)).toBe(teacher.user.id);
  });

  it("stops working when its server-side session has expired", async () => {
    const { teacher, copied } = await signedInTeacher();
    const db = await getDb();
    await db.session.updateMany({
      where: { userId: teacher.user.id },
      data: { expires: new Date(Date.now() - 1000) },
    });
    expect(await sessionUserOf(copied)).toBeNull();
  });

  it("is worthless when forged without a server-side session, even with the right secret", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "ADMIN");
    const forged = await encode({
      token: { sub: user.id, email: user.email },
      secret: authSecret(),
      salt: SESSION_COOKIE,
    });
    expect(await sessionUserOf(`${SESSION_COOKIE}=${forged}`)).toBeNull();
  });
});
