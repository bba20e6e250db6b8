// A path outside any locale that the proxy did not redirect: answered in the default language.
// Next renders this boundary into every page, so it must not touch the request: next-intl's
// server APIs would read the request's headers here and make every page dynamic, the
// prerendered story pages included. Hence a plain translator and a plain link: the proxy sends
// `/` on to the visitor's language, and next/link here would load its code on every page.
import { createTranslator, type Messages } from "next-intl";
import { NotFoundView } from "@/components/layout/not-found-view";
import { buttonClasses } from "@/components/ui";
import { defaultLocale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";

export default function RootNotFound() {
  const t = createTranslator<Messages, "errors">({
    locale: defaultLocale,
    messages: loadMessages(defaultLocale),
    namespace: "errors",
  });
  return (
    <html lang={defaultLocale}>
      <body>
        <NotFoundView
          title={t("notFoundTitle")}
          text={t("notFoundText")}
          home={
            // eslint-disable-next-line @next/next/no-html-link-for-pages -- see the top
            <a href="/" className={buttonClasses()}>
              {t("backHome")}
            </a>
          }
        />
      </body>
    </html>
  );
}
