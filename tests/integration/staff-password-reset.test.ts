// Password reset by mail: a one-hour link that works once, never saying whether an address
// has an account.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { hashToken } from "@/features/access/domain/tokens";
import { MAX_FAILURES } from "@/features/access/domain/sign-in-throttle";
import { verifyCredentials } from "@/features/access/server/auth/verify-credentials";
import { findPasswordReset } from "@/features/access/server/passwords/find-password-reset";
import {
  requestPasswordReset,
  RESET_RESEND_MS,
} from "@/features/access/server/passwords/request-password-reset";
import { resetPassword } from "@/features/access/server/passwords/reset-password";
import { createInstitution, createSignedInStaff, TEST_PASSWORD } from "../support/factories";
import { lastMailTo, linkIn, outboxMails } from "../support/outbox";

async function staffWithResetLink(locale: "en" | "fr" = "en") {
  const school = await createInstitution();
  const staff = await createSignedInStaff(school.id, "TEACHER");
  await requestPasswordReset(staff.user.email, locale);
  const mail = lastMailTo(staff.user.email)!;
  const token = linkIn(mail, `/${locale}/staff/reset-password/`).split("/").at(-1)!;
  return { school, ...staff, mail, token };
}

describe("password reset", () => {
  it("mails a link in the reader's language; the database keeps only the token's hash", async () => {
    const { mail, token } = await staffWithResetLink("fr");
    expect(mail.subject).toBe("Choisissez un nouveau mot de passe pour Belong");
    const db = await getDb();
    const row = await db.verificationToken.findUniqueOrThrow({
      where: { token: hashToken(token) },
    });
    expect(row.identifier).toMatch(/^password-reset:/);
    expect(row.expires.getTime() - Date.now()).toBeGreaterThan(59 * 60 * 1000);
    expect(row.expires.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);
    expect(await findPasswordReset(token)).toBe("open");
  });

  it("sends nothing for an address without an account", async () => {
    const before = outboxMails().length;
    await requestPasswordReset("nobody-here@school.test", "en");
    expect(outboxMails().length).toBe(before);
  });

  it("sets the new password once, ends a lock, and records it", async () => {
    const { user, token, school } = await staffWithResetLink();
    for (let i = 0; i < MAX_FAILURES; i += 1) await verifyCredentials(user.email, `guess ${i}`);
    expect(await resetPassword(token, "brand new password")).toEqual({
      ok: true,
      email: user.email,
    });
    expect(await verifyCredentials(user.email, "brand new password")).not.toBeNull();
    expect(await verifyCredentials(user.email, TEST_PASSWORD)).toBeNull();
    expect(await resetPassword(token, "another password!")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await findPasswordReset(token)).toBe("invalid");
    const db = await getDb();
    expect(
      await db.auditEvent.count({
        where: { action: "password_reset", actorId: user.id, institutionId: school.id },
      }),
    ).toBe(1);
  });

  it("refuses an expired link", async () => {
    const { user, token } = await staffWithResetLink();
    const db = await getDb();
    await db.verificationToken.update({
      where: { token: hashToken(token) },
      data: { expires: new Date(Date.now() - 1000) },
    });
    expect(await findPasswordReset(token)).toBe("expired");
    expect(await resetPassword(token, "too late password")).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await verifyCredentials(user.email, TEST_PASSWORD)).not.toBeNull();
  });

  it("sends at most one mail a minute to an account", async () => {
    const { user } = await staffWithResetLink();
    await requestPasswordReset(user.email, "en");
    expect(outboxMails(user.email)).toHaveLength(1);
  });

  it("replaces an earlier link with a new one", async () => {
    const { user, token } = await staffWithResetLink();
    await requestPasswordReset(user.email, "en", new Date(Date.now() + RESET_RESEND_MS + 1000));
    expect(await findPasswordReset(token)).toBe("invalid");
    const newer = linkIn(lastMailTo(user.email)!, "/reset-password/").split("/").at(-1)!;
    expect(newer).not.toBe(token);
    expect(await findPasswordReset(newer)).toBe("open");
  });

  it("refuses malformed and unknown links", async () => {
    for (const token of ["", "abc", "y".repeat(43)]) {
      expect(await findPasswordReset(token)).toBe("invalid");
      expect(await resetPassword(token, "whatever password")).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
  });
});
