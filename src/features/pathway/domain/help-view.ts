// The help a student is shown after writing: who to talk to at school and the helplines of
// their country, in their language. Built on the server from content/help, sent to the page
// with it, so it is there even when the connection is not. Country names, weekdays and times
// are formatted here, once, so the browser shows exactly what the server rendered.
// Types only from safeguarding (erased at build time), so this module stays browser-safe.
import type { HelplineKind, OpeningHours as HelplineHours } from "@/features/safeguarding";
import type { Locale } from "@/i18n/locales";

export type { HelplineKind, HelplineHours };

export interface HelplineSource {
  name: string;
  kind: HelplineKind;
  phones?: string[];
  hours: HelplineHours;
  url?: string;
  description?: Partial<Record<Locale, string>>;
}

export interface HelplineView {
  name: string;
  kind: HelplineKind;
  phones: string[];
  /** null: day and night, every day; otherwise e.g. "Mon–Fri 09:00–21:00, Sat 10:00–14:00". */
  hours: string | null;
  url?: string;
  emergency: boolean;
  /** The line's own words; without them the page shows its kind's standard description. */
  description?: string;
}

export interface HelpView {
  /** The school the student came from, and who there students can talk to. */
  school?: { name: string; contacts: string };
  /** Emergency numbers first within each country. */
  countries: Array<{ country: string; name: string; helplines: HelplineView[] }>;
}

const weekdayNames = new Map<Locale, string[]>();

/** The weekday names of a locale, 1 = Monday ... 7 = Sunday (1 January 2024 was a Monday),
 * made once per locale: a formatter costs more to make than every name it formats. */
function weekdayName(day: number, locale: Locale): string {
  let names = weekdayNames.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
    names = [1, 2, 3, 4, 5, 6, 7].map((d) => format.format(new Date(Date.UTC(2024, 0, d))));
    weekdayNames.set(locale, names);
  }
  return names[day - 1]!;
}

/** Opening hours in the student's language: "lun.–ven. 09:00–21:00, sam. 10:00–14:00". */
export function hoursText(hours: HelplineHours, locale: Locale): string | null {
  if (hours.always) return null;
  return hours.slots
    .map(({ days, opens, closes }) => {
      const dayText = days
        .map(({ from, to }) =>
          from === to
            ? weekdayName(from, locale)
            : `${weekdayName(from, locale)}–${weekdayName(to, locale)}`,
        )
        .join(", ");
      return `${dayText} ${opens}–${closes}`;
    })
    .join("; ");
}

export function helplineView(source: HelplineSource, locale: Locale): HelplineView {
  const description = source.description?.[locale] ?? source.description?.en;
  return {
    name: source.name,
    kind: source.kind,
    phones: source.phones ?? [],
    hours: hoursText(source.hours, locale),
    ...(source.url ? { url: source.url } : {}),
    emergency: source.kind === "emergency",
    ...(description ? { description } : {}),
  };
}

/** A country's name in the student's language ("Danemark" in French), the code if unknown. */
export function countryName(country: string, locale: Locale): string {
  try {
    return (
      new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(country) ?? country
    );
  } catch {
    return country;
  }
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
      name: countryName(country, locale),
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
