"use client";

// Links and the router that keep the page's language: `href="/stories"` goes to `/da/stories` on
// a Danish page. next-intl's navigation does the same, but its client code (route matching for
// pathnames this app does not localise) and the duplicate chunks it brings weighed about 12 kB
// on every student page; with `localePrefix: "always"` a prefix is all a link needs.
import NextLink from "next/link";
import { usePathname as useNextPathname, useRouter as useNextRouter } from "next/navigation";
import { useLocale } from "next-intl";
import { forwardRef, useMemo, type ComponentProps, type MouseEvent } from "react";
import { localeHref, pathWithoutLocale, type Href } from "./locale-href";
import type { Locale } from "./locales";

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & {
  href: Href;
  /** Another language: the same page there, and the choice remembered for `/`. */
  locale?: Locale;
};

/** next/link under the page's locale (or `locale`'s). */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { href, locale, onClick, ...props },
  ref,
) {
  const current = useLocale();
  if (!locale || locale === current) {
    return <NextLink ref={ref} href={localeHref(href, current)} onClick={onClick} {...props} />;
  }
  const choose = (event: MouseEvent<HTMLAnchorElement>) => {
    rememberLocale(locale);
    onClick?.(event);
  };
  // Another language's page is fetched when chosen, not prefetched for every language.
  return (
    <NextLink
      ref={ref}
      href={localeHref(href, locale)}
      onClick={choose}
      prefetch={false}
      hrefLang={locale}
      {...props}
    />
  );
});

/**
 * The proxy sends a path without a locale (`/`) to this language from now on. Written here
 * because the router may show the other language's page from its cache without asking the
 * server. The same cookie next-intl writes.
 */
function rememberLocale(locale: Locale) {
  document.cookie = `NEXT_LOCALE=${locale};path=/;SameSite=Lax`;
}

/** The page's path without its locale: `/stories` on `/da/stories`. */
export function usePathname(): string {
  return pathWithoutLocale(useNextPathname());
}

/** Next's router, with every address under the page's locale. */
export function useRouter() {
  const router = useNextRouter();
  const locale = useLocale();
  return useMemo(
    () => ({
      ...router,
      push: (href: Href, options?: Parameters<typeof router.push>[1]) =>
        router.push(localeHref(href, locale), options),
      replace: (href: Href, options?: Parameters<typeof router.replace>[1]) =>
        router.replace(localeHref(href, locale), options),
      prefetch: (href: Href) => router.prefetch(localeHref(href, locale)),
    }),
    [router, locale],
  );
}
