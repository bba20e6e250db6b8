import "server-only";
import { createTranslator, type Messages } from "next-intl";
import { defaultLocale, isLocale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { getDb } from "@/lib/db";
import { appOrigin } from "@/lib/env";
import { sendMail } from "@/lib/mail";

/**
 * Tells the institution's designated safeguarding contact (Institution.safeguardingEmail)
 * that a new flag is waiting, in the school's language, with a link to the queue. The mail
 * names the category that triggered the flag but never the student's words: mail leaves the
 * system, the text stays behind the sign-in. Call it after a flag is stored; it answers false
 * when the school has no contact set (or the flag is not a school's).
 */
export async function notifySafeguardingContact(flagId: string): Promise<boolean> {
  const db = await getDb();
  const flag = await db.safeguardingFlag.findUnique({
    where: { id: flagId },
    select: {
      trigger: true,
      institution: { select: { name: true, safeguardingEmail: true, defaultLocale: true } },
    },
  });
  const school = flag?.institution;
  const to = school?.safeguardingEmail?.trim();
  if (!flag || !school || !to) return false;
  const locale = isLocale(school.defaultLocale) ? school.defaultLocale : defaultLocale;
  const all = createTranslator<Messages>({ locale, messages: loadMessages(locale) });
  const t = (key: string, values?: Record<string, string>) =>
    all(`safeguarding.mail.${key}`, values);
  const link = `${appOrigin()}/${locale}/staff/safeguarding`;
  await sendMail({
    to,
    subject: t("subject", { school: school.name }),
    text: [
      t("intro", { school: school.name }),
      "",
      t("trigger", { trigger: flag.trigger }),
      "",
      `${t("action")}: ${link}`,
      "",
      t("privacy"),
    ].join("\n"),
  });
  return true;
}
