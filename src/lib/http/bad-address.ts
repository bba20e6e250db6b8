// Addresses whose %-escapes do not decode. Next decodes a path's segments when it matches a
// route and answers 500 when that fails (also for `%25`, which it decodes twice), so the proxy
// answers them itself, before Next: the 404 page in the address's language, or problem+json.
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { AppError } from "./errors";
import { problemResponse } from "./problem";

/** Whether Next can decode every segment of the path (it may decode twice). */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(decodeURIComponent(pathname));
    return true;
  } catch {
    return false;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The answer to an undecodable address: problem+json under /api, else a plain 404 page. */
export function badAddressResponse(pathname: string): Response {
  if (/^\/api(\/|$)/.test(pathname)) {
    return problemResponse(new AppError("bad_request", "The address is not valid."));
  }
  const first = pathname.split("/")[1];
  const locale: Locale = isLocale(first) ? first : defaultLocale;
  const t = loadMessages(locale).errors as Record<string, string>;
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(t.notFoundTitle ?? "")}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5">
<main><h1>${escapeHtml(t.notFoundTitle ?? "")}</h1><p>${escapeHtml(t.notFoundText ?? "")}</p>
<p><a href="/${locale}">${escapeHtml(t.backHome ?? "")}</a></p></main></body></html>`;
  return new Response(html, {
    status: 404,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
