import { isLocale, type Locale } from "./locales";

/** Norwegian is asked for as no, nb or nn; we write Bokmål. */
const ALIASES: Record<string, Locale> = { no: "nb", nn: "nb" };

/**
 * The first of our locales in an Accept-Language header, by the header's q weights
 * ("da-DK,da;q=0.9,en;q=0.8" -> da). Undefined when it names none of them.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .slice(0, 50)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
      const weight = q === undefined ? 1 : Number(q);
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", weight, index };
    })
    .filter((r) => Number.isFinite(r.weight) && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { language } of ranges) {
    const locale = ALIASES[language] ?? language;
    if (isLocale(locale)) return locale;
  }
  return undefined;
}
