// A path outside any locale that the proxy did not redirect: answered in the default language.
import { NotFoundView } from "@/components/layout/not-found-view";
import { belongFont, belongFontExt } from "./fonts";
import { loadMessages } from "@/i18n/messages";
import { NextIntlClientProvider } from "next-intl";
import { defaultLocale } from "@/i18n/locales";

export default function RootNotFound() {
  return (
    <html lang={defaultLocale} className={`${belongFont.variable} ${belongFontExt.variable}`}>
      <body>
        <NextIntlClientProvider locale={defaultLocale} messages={loadMessages(defaultLocale)}>
          <NotFoundView />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
