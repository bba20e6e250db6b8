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

export function helpCountries<C extends string>(
  locale: Locale,
  schoolCountry: string | undefined,
  known: readonly C[],
): C[] {
  const school = known.find((c) => c === schoolCountry);
  if (school) return [school];
  const country = known.find((c) => c === COUNTRY_OF_LOCALE[locale]);
  return country ? [country] : [...known];
}
