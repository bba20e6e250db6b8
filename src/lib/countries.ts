// The one table of the countries a school can be in (ISO 3166-1 alpha-2, as Institution.country
// stores it): the EU, the rest of the EEA (Iceland, Liechtenstein, Norway), Switzerland and the
// United Kingdom, the project's partner countries first. Everything that depends on a school's
// country reads it from here: the settings and the admin CLI accept only these codes, rounds
// and dates use the time zone, and each country has its helplines in content/help/<CODE>.md
// (content:check fails when a country has no file or a file no country). To add a country, add
// its row here and its help file in the same change.

export interface CountryFacts {
  /** The IANA zone staff and students read times in (the mainland's, where there are several). */
  timeZone: string;
}

const TABLE = {
  // The partner countries of the project.
  DK: { timeZone: "Europe/Copenhagen" },
  EE: { timeZone: "Europe/Tallinn" },
  FR: { timeZone: "Europe/Paris" },
  NL: { timeZone: "Europe/Amsterdam" },
  NO: { timeZone: "Europe/Oslo" },
  // The rest of the EU and EEA, Switzerland and the United Kingdom.
  AT: { timeZone: "Europe/Vienna" },
  BE: { timeZone: "Europe/Brussels" },
  BG: { timeZone: "Europe/Sofia" },
  CH: { timeZone: "Europe/Zurich" },
  CY: { timeZone: "Asia/Nicosia" },
  CZ: { timeZone: "Europe/Prague" },
  DE: { timeZone: "Europe/Berlin" },
  ES: { timeZone: "Europe/Madrid" },
  FI: { timeZone: "Europe/Helsinki" },
  GB: { timeZone: "Europe/London" },
  GR: { timeZone: "Europe/Athens" },
  HR: { timeZone: "Europe/Zagreb" },
  HU: { timeZone: "Europe/Budapest" },
  IE: { timeZone: "Europe/Dublin" },
  IS: { timeZone: "Atlantic/Reykjavik" },
  IT: { timeZone: "Europe/Rome" },
  LI: { timeZone: "Europe/Vaduz" },
  LT: { timeZone: "Europe/Vilnius" },
  LU: { timeZone: "Europe/Luxembourg" },
  LV: { timeZone: "Europe/Riga" },
  MT: { timeZone: "Europe/Malta" },
  PL: { timeZone: "Europe/Warsaw" },
  PT: { timeZone: "Europe/Lisbon" },
  RO: { timeZone: "Europe/Bucharest" },
  SE: { timeZone: "Europe/Stockholm" },
  SI: { timeZone: "Europe/Ljubljana" },
  SK: { timeZone: "Europe/Bratislava" },
} as const satisfies Record<string, CountryFacts>;

export type Country = keyof typeof TABLE;

/** Every country a school can be in, the partner countries first. */
export const COUNTRIES = Object.keys(TABLE) as [Country, ...Country[]];

/** The project's partner countries, where most schools without a known country are. */
export const PARTNER_COUNTRIES = [
  "DK",
  "EE",
  "FR",
  "NL",
  "NO",
] as const satisfies readonly Country[];

export function isCountry(value: unknown): value is Country {
  return typeof value === "string" && Object.hasOwn(TABLE, value);
}

/**
 * The time zone of a school's country. A code outside the table (only possible in rows older
 * than the validation) is read in upper case, and otherwise falls back to UTC.
 */
export function timeZoneOf(country: string): string {
  const code = country.toUpperCase();
  return isCountry(code) ? TABLE[code].timeZone : "UTC";
}
