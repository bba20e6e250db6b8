import { getDb } from "@/lib/db";
import { appOrigin } from "@/lib/env";
import { sendMail } from "@/lib/mail";
import type { Locale } from "@/i18n/locales";
import { expiresAfter, hashToken, newToken, PASSWORD_RESET_LIFETIME_MS } from "../../domain/tokens";
import { composeStaffMail } from "../compose-mail";
import { resetIdentifier } from "./reset-token";

/** At most one reset mail a minute per account, so nobody can flood a colleague's inbox. */
export const RESET_RESEND_MS = 60 * 1000;

/**
 * Mails a one-hour reset link to a staff member. Says nothing about whether the address has an
 * account: the caller answers the same either way. A new link replaces any earlier one.
 */
export async function requestPasswordReset(
  email: string,
  locale: Locale,
  now: Date = new Date(),
): Promise<void> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  const identifier = resetIdentifier(user.id);
  const justSent = await db.verificationToken.count({
    where: {
      identifier,
      expires: { gt: new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS - RESET_RESEND_MS) },
    },
  });
  if (justSent > 0) return;
  const token = newToken();
  await db.$transaction([
    db.verificationToken.deleteMany({ where: { identifier } }),
    db.verificationToken.create({
      data: {
        identifier,
        token: hashToken(token),
        expires: expiresAfter(PASSWORD_RESET_LIFETIME_MS, now),
      },
    }),
  ]);
  const link = `${appOrigin()}/${locale}/staff/reset-password/${token}`;
  await sendMail(composeStaffMail("passwordReset", { to: email, locale, link }));
}
