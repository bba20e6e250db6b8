"use client";

// The last resort when even the locale layout fails: Next would otherwise show its own English
// page. It replaces the whole document, so it brings its own html and body, and it cannot know
// the visitor's language without reading the request: it speaks the default locale (English),
// from the same messages as every other error page. Its strings are plain text (no ICU
// arguments, a test holds them to that), read as they are: a translator and Next's link would
// put their code in a chunk every page loads for a page almost nobody sees.
import { buttonClasses } from "@/components/ui/button";
import { defaultLocale } from "@/i18n/locales";
import errors from "../../messages/en/errors.json";
import "./globals.css";

export default function GlobalError() {
  const t = (key: keyof typeof errors) => errors[key];
  return (
    <html lang={defaultLocale}>
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
            {/* A full page load: the client router belongs to the layout that failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
            <a href="/" className={buttonClasses("secondary")}>
              {t("backHome")}
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
