// A path outside any locale that the proxy did not redirect: answered in the default language.
import { NotFoundView } from "@/components/layout/not-found-view";
import { DefaultLocaleProvider } from "@/components/layout/default-locale-provider";
import { loadMessages } from "@/i18n/messages";
import { defaultLocale } from "@/i18n/locales";
import { belongFont, belongFontExt } from "./fonts";

export default function RootNotFound() {
  return (
    <html lang={defaultLocale} className={`${belongFont.variable} ${belongFontExt.variable}`}>
      <body>
        <DefaultLocaleProvider messages={loadMessages(defaultLocale)}>
          <NotFoundView />
        </DefaultLocaleProvider>
      </body>
    </html>
  );
}
