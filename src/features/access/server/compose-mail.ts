// The staff mails (invitations, password resets, sign-in links) in the reader's language:
// plain text plus a simple HTML version with the same words and one button.
import { createTranslator } from "next-intl";
import type { Mail } from "@/lib/mail";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/locales";

const NAMESPACE = "staffMail" as const;

export type StaffMailKind = "invitation" | "passwordReset" | "signInLink";

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

export function composeStaffMail(
  kind: StaffMailKind,
  {
    to,
    locale,
    link,
    values = {},
  }: {
    to: string;
    locale: Locale;
    link: string;
    values?: Record<string, string>;
  },
): Mail {
  // The mail is composed outside a request (and in scripts), so no request-bound translator.
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: NAMESPACE });
  const subject = t(`${kind}.subject`, values);
  const intro = t(`${kind}.intro`, values);
  const action = t(`${kind}.action`, values);
  const expiry = t(`${kind}.expiry`, values);
  const ignore = t("ignore");
  const text = [intro, "", `${action}: ${link}`, "", expiry, ignore, "", t("signature")].join("\n");
  const paragraph = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const html = [
    `<div style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1f2a30;max-width:560px">`,
    paragraph(intro),
    `<p style="margin:24px 0"><a href="${escapeHtml(link)}" style="background:#0f6e66;color:#ffffff;padding:12px 20px;border-radius:10px;text-decoration:none;font-weight:bold">${escapeHtml(action)}</a></p>`,
    paragraph(expiry),
    paragraph(ignore),
    paragraph(t("signature")),
    `</div>`,
  ].join("\n");
  return { to, subject, text, html };
}
