import "server-only";
import type { Locale } from "@/i18n/locales";

/** The link a student opens to join: the join page with the code filled in. */
export function joinUrl(origin: string, locale: Locale, code: string): string {
  return new URL(`/${locale}/join/${encodeURIComponent(code)}`, origin).toString();
}

/** The join page without a code, as written on the projector for students who type. */
export function joinPageLabel(origin: string, locale: Locale): string {
  return new URL(`/${locale}/join`, origin).toString().replace(/^https?:\/\//, "");
}
