import { getDb } from "@/lib/db";
import { appOrigin } from "@/lib/env";
import { sendMail } from "@/lib/mail";
import type { Locale } from "@/i18n/locales";
import { expiresAfter, hashToken, newToken, PASSWORD_RESET_LIFETIME_MS } from "../../domain/tokens";
import { composeStaffMail } from "../compose-mail";
import { resetIdentifier } from "./reset-token";

/**
 * Mails a one-hour reset link to a staff member. Says nothing about whether the address has an
 * account: the caller answers the same either way. A new link replaces any earlier one.
 */
export async function requestPasswordReset(email: string, locale: Locale): Promise<void> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  const token = newToken();
  const identifier = resetIdentifier(user.id);
  await db.$transaction([
    db.verificationToken.deleteMany({ where: { identifier } }),
    db.verificationToken.create({
      data: {
        identifier,
        token: hashToken(token),
        expires: expiresAfter(PASSWORD_RESET_LIFETIME_MS),
      },
    }),
  ]);
  const link = `${appOrigin()}/${locale}/staff/reset-password/${token}`;
  await sendMail(composeStaffMail("passwordReset", { to: email, locale, link }));
}
