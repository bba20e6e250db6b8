// The help a student is shown after writing: who to talk to at school and the helplines of
// their country, in their language. Built on the server from content/help, sent to the page
// with it, so it is there even when the connection is not.
import type { Locale } from "@/i18n/locales";

export interface HelplineSource {
  name: string;
  phones?: string[];
  hours?: string;
  url?: string;
  emergency?: boolean;
  description: Partial<Record<Locale, string>>;
}

export interface HelplineView {
  name: string;
  phones: string[];
  hours?: string;
  url?: string;
  emergency: boolean;
  description: string;
}

export interface HelpView {
  /** The school the student came from, and who there students can talk to. */
  school?: { name: string; contacts: string };
  /** Emergency numbers first within each country. */
  countries: Array<{ country: string; helplines: HelplineView[] }>;
}

export function helplineView(source: HelplineSource, locale: Locale): HelplineView {
  return {
    name: source.name,
    phones: source.phones ?? [],
    ...(source.hours ? { hours: source.hours } : {}),
    ...(source.url ? { url: source.url } : {}),
    emergency: source.emergency === true,
    description: source.description[locale] ?? source.description.en ?? "",
  };
}

export function helpView(
  locale: Locale,
  countries: Array<{ country: string; helplines: HelplineSource[] }>,
  school?: { name: string; helpContacts: string },
): HelpView {
  return {
    ...(school ? { school: { name: school.name, contacts: school.helpContacts.trim() } } : {}),
    countries: countries.map(({ country, helplines }) => ({
      country,
      helplines: helplines
        .map((h) => helplineView(h, locale))
        .sort((a, b) => Number(b.emergency) - Number(a.emergency)),
    })),
  };
}

/** A phone number as a tel: link ("116 111" -> "tel:116111"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
