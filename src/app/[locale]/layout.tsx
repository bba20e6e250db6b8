import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { ClientMessages, FRAME_NAMESPACES } from "@/i18n/client-messages";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ToastProvider } from "@/components/ui/toast";
import { setPageLocale } from "@/i18n/page-locale";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  // Native controls (scroll bars, date pickers, checkboxes) follow the light or dark theme.
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbf8f3" },
    { media: "(prefers-color-scheme: dark)", color: "#131a1e" },
  ],
};

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  setPageLocale(locale);
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("tagline"),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  setPageLocale(locale);
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <ClientMessages locale={locale} namespaces={FRAME_NAMESPACES}>
          <a
            href="#main"
            className="sr-only z-50 rounded-lg bg-ink px-4 py-2 text-paper focus:not-sr-only focus:absolute focus:left-3 focus:top-3"
          >
            {t("skipToContent")}
          </a>
          <ToastProvider>
            <SiteHeader />
            <main id="main" tabIndex={-1} className="flex-1 outline-none">
              {children}
            </main>
            <SiteFooter />
          </ToastProvider>
        </ClientMessages>
      </body>
    </html>
  );
}
