// Sign-in by a link in a mail, offered when SMTP is configured. The link is next-auth's
// (a one-time token, stored hashed, valid 15 minutes). An address without a staff account is
// answered exactly like one with: the same page, but no mail.
import { createHash } from "node:crypto";
import type { EmailConfig } from "next-auth/providers/email";
import { getDb } from "@/lib/db";
import { appOrigin } from "@/lib/env";
import { hitRateLimit, type RateLimitRule } from "@/lib/http/rate-limit";
import { sendMail } from "@/lib/mail";
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";
import { composeStaffMail } from "../compose-mail";

export const MAGIC_LINK_PROVIDER = "email";
export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;
/** A few links per address and ten minutes: enough for a lost mail, too few to flood an inbox. */
export const MAGIC_LINK_MAILS: RateLimitRule = {
  name: "staff-sign-in-link",
  limit: 3,
  windowSeconds: 10 * 60,
};

/** The locale of the page the link leads back to, e.g. /da/staff -> da. */
function localeOfLink(link: URL): Locale {
  const callback = link.searchParams.get("callbackUrl") ?? "";
  let path = callback;
  try {
    path = new URL(callback, link).pathname;
  } catch {
    // keep the raw value
  }
  const first = path.split("/")[1];
  return isLocale(first) ? first : defaultLocale;
}

async function sendSignInLink({ identifier, url }: { identifier: string; url: string }) {
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { email: identifier },
    select: { memberships: { select: { id: true }, take: 1 } },
  });
  if (!user || user.memberships.length === 0) return;
  // Keyed by a hash of the address: the rate-limit table never holds it.
  const address = createHash("sha256").update(identifier).digest("base64url");
  if (!(await hitRateLimit(MAGIC_LINK_MAILS, address)).allowed) return;
  // Links in mail always point at the configured address, never at a request's Host header.
  const given = new URL(url);
  const link = new URL(`${given.pathname}${given.search}`, appOrigin());
  await sendMail(
    composeStaffMail("signInLink", {
      to: identifier,
      locale: localeOfLink(given),
      link: link.href,
    }),
  );
}

export function magicLinkProvider(): EmailConfig {
  return {
    id: MAGIC_LINK_PROVIDER,
    type: "email",
    name: "Email",
    maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
    sendVerificationRequest: sendSignInLink,
  };
}
