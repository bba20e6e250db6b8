import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./locales";

/**
 * A page's or layout's `[locale]` segment: a locale we speak (else the not-found page, never a
 * cast), set for next-intl's static rendering. Pages and layouts render in parallel, so each
 * one calls this.
 */
export function setPageLocale(locale: string): asserts locale is Locale {
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
}

/** The same for a page that only needs its locale: awaits the params and returns it, typed. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  setPageLocale(locale);
  return locale;
}
