// Invitations: the link is mailed, stored only as its sha256, works once and for 7 days.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/http";
import { hashToken, INVITATION_LIFETIME_MS } from "@/features/access/domain/tokens";
import { verifyCredentials } from "@/features/access/server/auth/verify-credentials";
import { acceptInvitation } from "@/features/access/server/invitations/accept-invitation";
import { findInvitation } from "@/features/access/server/invitations/find-invitation";
import { invitePerson } from "@/features/staff/server/people/invite-person";
import { revokeInvitation } from "@/features/staff/server/people/revoke-invitation";
import {
  createInstitution,
  createInvitation,
  createSignedInStaff,
  TEST_PASSWORD,
} from "../support/factories";
import { lastMailTo, linkIn } from "../support/outbox";

const unique = () => Math.random().toString(36).slice(2, 10);
const tokenOf = (link: string) => link.split("/").at(-1)!;

async function adminOf(name = `School ${unique()}`) {
  const school = await createInstitution({ name });
  return { school, ...(await createSignedInStaff(school.id, "ADMIN")) };
}

describe("inviting", () => {
  it("mails a link whose token is stored only as its sha256, valid for 7 days", async () => {
    const { school, ctx } = await adminOf("Nordvest College");
    const email = `new-${unique()}@school.test`;
    const sent = await invitePerson(ctx, { email, role: "COORDINATOR" }, "da");
    expect(sent.mailSent).toBe(true);
    const mail = lastMailTo(email);
    expect(mail?.subject).toContain("Nordvest College");
    const link = linkIn(mail!, "/da/staff/invitation/");
    expect(link).toBe(sent.link);
    const token = tokenOf(link);
    const db = await getDb();
    const row = await db.invitation.findUniqueOrThrow({ where: { id: sent.invitationId } });
    expect(row).toMatchObject({ institutionId: school.id, email, role: "COORDINATOR" });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(await db.invitation.findMany())).not.toContain(token);
    const lifetime = row.expiresAt.getTime() - row.createdAt.getTime();
    expect(Math.abs(lifetime - INVITATION_LIFETIME_MS)).toBeLessThan(5_000);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "invitation_sent", targetId: row.id },
    });
    expect(event.details).toEqual({ email, role: "COORDINATOR" });
    expect(JSON.stringify(event)).not.toContain(token);
  });

  it("refuses to invite someone who is already a member", async () => {
    const { school, ctx } = await adminOf();
    const { user } = await createSignedInStaff(school.id, "TEACHER");
    const error = await invitePerson(ctx, { email: user.email, role: "ADMIN" }, "en").catch(
      (e: unknown) => e,
    );
    expect(isAppError(error) && error.code).toBe("conflict");
    expect(isAppError(error) && error.options.fields?.[0]?.message).toBe("alreadyMember");
  });

  it("replaces an open invitation to the same address: the old link stops working", async () => {
    const { ctx } = await adminOf();
    const email = `twice-${unique()}@school.test`;
    const first = await invitePerson(ctx, { email, role: "TEACHER" }, "en");
    const second = await invitePerson(ctx, { email, role: "COORDINATOR" }, "en");
    expect((await findInvitation(tokenOf(first.link))).state).toBe("invalid");
    expect(await findInvitation(tokenOf(second.link))).toMatchObject({
      state: "open",
      role: "COORDINATOR",
    });
  });

  it("revoking makes the link invalid", async () => {
    const { ctx } = await adminOf();
    const sent = await invitePerson(
      ctx,
      { email: `r-${unique()}@school.test`, role: "TEACHER" },
      "en",
    );
    await revokeInvitation(ctx, sent.invitationId);
    expect((await findInvitation(tokenOf(sent.link))).state).toBe("invalid");
    expect(
      await acceptInvitation(tokenOf(sent.link), { name: "X", password: TEST_PASSWORD }),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});

describe("accepting", () => {
  it("makes a new account with the chosen name and password, once", async () => {
    const { school } = await adminOf("Tallinn VET");
    const invitation = await createInvitation(school.id, { role: "COORDINATOR" });
    expect(await findInvitation(invitation.token)).toEqual({
      state: "open",
      institutionName: "Tallinn VET",
      email: invitation.email,
      role: "COORDINATOR",
    });
    const result = await acceptInvitation(invitation.token, {
      name: "Kadri Tamm",
      password: "a new password",
    });
    expect(result).toEqual({ ok: true, email: invitation.email, institutionId: school.id });
    const signedIn = await verifyCredentials(invitation.email, "a new password");
    expect(signedIn?.name).toBe("Kadri Tamm");
    const db = await getDb();
    const membership = await db.membership.findFirstOrThrow({ where: { userId: signedIn!.id } });
    expect(membership).toMatchObject({ institutionId: school.id, role: "COORDINATOR" });
    expect(
      await db.auditEvent.count({
        where: { action: "invitation_accepted", actorId: signedIn!.id },
      }),
    ).toBe(1);

    // The same link again: refused, and nothing changes.
    const users = await db.user.count();
    expect(
      await acceptInvitation(invitation.token, {
        name: "Someone else",
        password: "other password",
      }),
    ).toEqual({
      ok: false,
      reason: "accepted",
    });
    expect(await findInvitation(invitation.token)).toEqual({
      state: "accepted",
      institutionName: "Tallinn VET",
    });
    expect(await db.user.count()).toBe(users);
    expect(await verifyCredentials(invitation.email, "a new password")).not.toBeNull();
  });

  it("refuses an expired link and creates nothing", async () => {
    const { school } = await adminOf();
    const invitation = await createInvitation(school.id, {
      expiresAt: new Date(Date.now() - 1000),
    });
    expect((await findInvitation(invitation.token)).state).toBe("expired");
    expect(
      await acceptInvitation(invitation.token, { name: "Late", password: "late password" }),
    ).toEqual({
      ok: false,
      reason: "expired",
    });
    const db = await getDb();
    expect(await db.user.findUnique({ where: { email: invitation.email } })).toBeNull();
  });

  it("refuses unknown and malformed links", async () => {
    for (const token of ["nope", "x".repeat(43), "../../etc/passwd"]) {
      expect((await findInvitation(token)).state).toBe("invalid");
      expect(await acceptInvitation(token, null)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("lets someone with an account join, signed in as it, without touching their password", async () => {
    const { school: first } = await adminOf();
    const { user } = await createSignedInStaff(first.id, "TEACHER");
    const { school: second } = await adminOf("Second School");
    const invitation = await createInvitation(second.id, { email: user.email, role: "TEACHER" });
    expect(await findInvitation(invitation.token)).toMatchObject({ state: "open" });
    expect(await acceptInvitation(invitation.token, { userId: user.id })).toEqual({
      ok: true,
      email: user.email,
      institutionId: second.id,
    });
    expect(await verifyCredentials(user.email, TEST_PASSWORD)).not.toBeNull();
    const db = await getDb();
    expect(
      (await db.membership.findMany({ where: { userId: user.id } }))
        .map((m) => m.institutionId)
        .sort(),
    ).toEqual([first.id, second.id].sort());
  });

  it("asks a new person for a password: without one nothing is used up", async () => {
    const { school } = await adminOf();
    const invitation = await createInvitation(school.id);
    const error = await acceptInvitation(invitation.token, null).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("validation_failed");
    expect((await findInvitation(invitation.token)).state).toBe("open");
  });
});
