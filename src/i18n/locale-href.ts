// Where a link inside the app goes in a given language: every page lives under its locale
// (`localePrefix: "always"`), so `/stories` in Danish is `/da/stories`. Pure, for the links and
// the router of src/i18n/navigation.tsx.
import { locales } from "./locales";

const LOCALE_PREFIX = new RegExp(`^/(${locales.join("|")})(?=/|$)`);

/** A path inside the app without its locale, as a string or as a pathname with a query. */
export type Href =
  | string
  | {
      pathname: string;
      query?: Record<string, string | number | boolean | readonly string[] | undefined>;
      hash?: string;
    };

/** `href` under `locale`; an address outside the app (`https:`, `mailto:`, `#top`) as it is. */
export function localeHref(href: Href, locale: string): string {
  const path = typeof href === "string" ? href : withQuery(href);
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  // `/` is the locale's start page, `/en`, as `/?x` is `/en?x`.
  const rest = /^\/(?=[?#]|$)/.test(path) ? path.slice(1) : path;
  return `/${locale}${rest}`;
}

function withQuery({ pathname, query, hash }: Exclude<Href, string>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) search.append(key, String(one));
  }
  const text = search.toString();
  return `${pathname}${text ? `?${text}` : ""}${hash ? `#${hash.replace(/^#/, "")}` : ""}`;
}

/** The path without its locale (`/da/stories` → `/stories`, `/da` → `/`). */
export function pathWithoutLocale(pathname: string): string {
  const match = LOCALE_PREFIX.exec(pathname);
  if (!match) return pathname;
  return pathname.slice(match[0].length) || "/";
}
