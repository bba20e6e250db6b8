import "server-only";
import { createTranslator } from "next-intl";
import { defaultLocale, isLocale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { getDb } from "@/lib/db";
import { appOrigin } from "@/lib/env";
import { sendMail } from "@/lib/mail";

/** Staff who handle safeguarding when the school has set no contact address. */
const FALLBACK_ROLES = ["ADMIN", "COORDINATOR"] as const;

export interface FlagMailOptions {
  /** A reminder that the flag has waited this many hours, instead of the first notice. */
  reminderAfterHours?: number;
}

/**
 * Tells the institution's safeguarding contact (Institution.safeguardingEmail) that a concern
 * needs attention, in the school's language, with a link to the safeguarding page. Without a
 * contact it tells the school's admins and coordinators, who handle flags anyway. The mail
 * says only that: not the student's words, not the category. Mail leaves the system; the text
 * stays behind the sign-in. Answers false when there is nobody to tell (or no such flag); a
 * mail server that fails throws, so the job that calls this is retried.
 */
export async function notifySafeguardingContact(
  flagId: string,
  { reminderAfterHours }: FlagMailOptions = {},
): Promise<boolean> {
  const db = await getDb();
  const flag = await db.safeguardingFlag.findUnique({
    where: { id: flagId },
    select: {
      institution: {
        select: {
          name: true,
          safeguardingEmail: true,
          defaultLocale: true,
          memberships: {
            where: { role: { in: [...FALLBACK_ROLES] } },
            select: { user: { select: { email: true } } },
          },
        },
      },
    },
  });
  const school = flag?.institution;
  if (!school) return false;
  const contact = school.safeguardingEmail?.trim();
  const to = contact ? [contact] : [...new Set(school.memberships.map((m) => m.user.email))];
  if (to.length === 0) return false;
  const locale = isLocale(school.defaultLocale) ? school.defaultLocale : defaultLocale;
  const t = createTranslator({
    locale,
    messages: loadMessages(locale),
    namespace: "safeguarding.mail",
  });
  const link = `${appOrigin()}/${locale}/staff/safeguarding`;
  const reminder = reminderAfterHours !== undefined;
  const values = { school: school.name, hours: Math.max(1, Math.round(reminderAfterHours ?? 0)) };
  const text = [
    reminder ? t("reminderIntro", values) : t("intro", values),
    "",
    `${t("action")}: ${link}`,
    "",
    t("privacy"),
    ...(contact ? [] : ["", t("noContact", values)]),
  ].join("\n");
  const subject = reminder ? t("reminderSubject", values) : t("subject", values);
  // One mail per person: colleagues' addresses are not shared with each other.
  for (const address of to) await sendMail({ to: address, subject, text });
  return true;
}
