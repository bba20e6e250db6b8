// Whose helplines a student sees.
// - Their school's country whenever it is known, and only that one: the numbers that answer
//   where the student is, whatever language they read in (a Danish-speaking student at a school
//   in Germany needs Germany's lines; another country's lines may not even connect).
// - Without a known school, the country of the page's language. Danish, Norwegian and Estonian
//   are each one country's. Dutch and French are spoken elsewhere too (Belgium, Switzerland,
//   Luxembourg), but students reach the pathway without a school mostly through the partner
//   schools of the Netherlands and France, and 112 in those lists answers everywhere in Europe.
// - English belongs to no one country: the partner countries' lines, each folded under its
//   country's name, so the student opens their own rather than trusting one we guessed.
import { PARTNER_COUNTRIES } from "@/lib/countries";
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
  const school = known.find((c) => c === schoolCountry?.toUpperCase());
  if (school) return [school];
  const country = known.find((c) => c === COUNTRY_OF_LOCALE[locale]);
  if (country) return [country];
  return known.filter((c) => (PARTNER_COUNTRIES as readonly string[]).includes(c));
}
