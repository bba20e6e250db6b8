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
