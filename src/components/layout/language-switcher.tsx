"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { localeNames, locales } from "@/i18n/locales";

/**
 * The languages as plain links to the same page in another locale: it works without
 * JavaScript, and a <details> keeps it small on a phone.
 */
export function LanguageSwitcher() {
  const t = useTranslations("common");
  const locale = useLocale();
  const pathname = usePathname();
  return (
    <details className="relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-xl border-2 border-line px-3 py-1.5 font-bold">
        <span aria-hidden="true">🌐</span>
        <span className="sr-only">{t("language")}: </span>
        {localeNames[locale as keyof typeof localeNames]}
      </summary>
      <ul className="absolute right-0 z-40 mt-2 w-48 rounded-xl border border-line bg-surface p-1 shadow-lg">
        {locales.map((l) => (
          <li key={l}>
            <Link
              href={pathname}
              locale={l}
              lang={l}
              hrefLang={l}
              aria-current={l === locale ? "true" : undefined}
              className="block rounded-lg px-3 py-2 text-ink no-underline hover:bg-brand-soft aria-[current=true]:font-bold"
            >
              {localeNames[l]}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
