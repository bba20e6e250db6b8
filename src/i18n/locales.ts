// The languages Belong speaks. en is the source; every other locale must have every key.
export const locales = ["en", "da", "nl", "nb", "et", "fr"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Each language named in itself, for the language switcher. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  da: "Dansk",
  nl: "Nederlands",
  nb: "Norsk bokmål",
  et: "Eesti",
  fr: "Français",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
