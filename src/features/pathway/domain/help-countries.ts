// Whose helplines a student sees: their school's country when they came from a school's survey,
// otherwise the country of the language they use. English is spoken everywhere the app runs,
// so it shows every country's helplines, each under its name.
import type { Locale } from "@/i18n/locales";

const COUNTRY_OF_LOCALE: Record<Locale, string | null> = {
  da: "DK",
  nb: "NO",
  nl: "NL",
  et: "EE",
  fr: "FR",
  en: null,
};

export function helpCountries(
  locale: Locale,
  schoolCountry: string | undefined,
  known: readonly string[],
): string[] {
  if (schoolCountry && known.includes(schoolCountry)) return [schoolCountry];
  const country = COUNTRY_OF_LOCALE[locale];
  return country && known.includes(country) ? [country] : [...known];
}
