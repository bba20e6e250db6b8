"use client";

// The last resort when even the locale layout fails: Next would otherwise show its own English
// page. It replaces the whole document, so it brings its own html and body, and it cannot know
// the visitor's language without reading the request: it speaks the default locale (English),
// from the same messages as every other error page.
import Link from "next/link";
import { createTranslator } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { defaultLocale } from "@/i18n/locales";
import errors from "../../messages/en/errors.json";
import { belongFont, belongFontExt } from "./fonts";
import "./globals.css";

export default function GlobalError() {
  const t = createTranslator({ locale: defaultLocale, messages: { errors }, namespace: "errors" });
  return (
    <html lang={defaultLocale} className={`${belongFont.variable} ${belongFontExt.variable}`}>
      <body>
        <main className="mx-auto flex max-w-xl flex-col items-start gap-4 px-5 py-16">
          <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
          <p className="text-lg text-muted">{t("errorText")}</p>
          <div className="flex flex-wrap gap-3">
            {/* A reload asks the server again; the failed layout would fail again in place. */}
            <button
              type="button"
              className={buttonClasses()}
              onClick={() => window.location.reload()}
            >
              {t("tryAgain")}
            </button>
            <Link href="/" className={buttonClasses("secondary")}>
              {t("backHome")}
            </Link>
          </div>
        </main>
      </body>
    </html>
  );
}
