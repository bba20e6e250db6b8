// The countries an institution can be in (ISO 3166-1 alpha-2): the project's partner countries
// first, then the rest of the EU/EEA, Switzerland and the United Kingdom. The country picks the
// national helpline students see.
export const COUNTRIES = [
  "DK",
  "EE",
  "FR",
  "NL",
  "NO",
  "AT",
  "BE",
  "BG",
  "CH",
  "CY",
  "CZ",
  "DE",
  "ES",
  "FI",
  "GB",
  "GR",
  "HR",
  "HU",
  "IE",
  "IS",
  "IT",
  "LI",
  "LT",
  "LU",
  "LV",
  "MT",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
] as const;
export type Country = (typeof COUNTRIES)[number];

export function isCountry(value: unknown): value is Country {
  return typeof value === "string" && (COUNTRIES as readonly string[]).includes(value);
}

const TIME_ZONES: Record<Country, string> = {
  DK: "Europe/Copenhagen",
  EE: "Europe/Tallinn",
  FR: "Europe/Paris",
  NL: "Europe/Amsterdam",
  NO: "Europe/Oslo",
  AT: "Europe/Vienna",
  BE: "Europe/Brussels",
  BG: "Europe/Sofia",
  CH: "Europe/Zurich",
  CY: "Asia/Nicosia",
  CZ: "Europe/Prague",
  DE: "Europe/Berlin",
  ES: "Europe/Madrid",
  FI: "Europe/Helsinki",
  GB: "Europe/London",
  GR: "Europe/Athens",
  HR: "Europe/Zagreb",
  HU: "Europe/Budapest",
  IE: "Europe/Dublin",
  IS: "Atlantic/Reykjavik",
  IT: "Europe/Rome",
  LI: "Europe/Vaduz",
  LT: "Europe/Vilnius",
  LU: "Europe/Luxembourg",
  LV: "Europe/Riga",
  MT: "Europe/Malta",
  PL: "Europe/Warsaw",
  PT: "Europe/Lisbon",
  RO: "Europe/Bucharest",
  SE: "Europe/Stockholm",
  SI: "Europe/Ljubljana",
  SK: "Europe/Bratislava",
};

/** The time zone staff of a country read times in (the mainland's, where there are several). */
export function timeZoneOf(country: string): string {
  return isCountry(country) ? TIME_ZONES[country] : "UTC";
}
