import "server-only";
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";
import { AppError, clientKey } from "@/lib/http";
import { publicOrigin } from "@/lib/http/origin";
import { qrSvgDocument } from "@/lib/qr";
import { findRoundForClient } from "./find-round";

/** The student's link to a round: what the QR code and the poster show. */
export function roundUrl(origin: string, locale: Locale, code: string): string {
  return new URL(`/${locale}/s/${encodeURIComponent(code)}`, origin).toString();
}

/**
 * GET /api/v1/rounds/{code}/qr.svg?locale=fr: the QR code of the round's link in that language
 * (default en). Unknown codes are a 404, so a poster cannot be printed for a typo; too many
 * wrong codes from one client a 429 with Retry-After.
 */
export async function roundQrResponse(request: Request, typedCode: string): Promise<Response> {
  // Wrong codes count against the client; over the limit this is a 429 for any code.
  const round = await findRoundForClient(typedCode, clientKey(request));
  if (!round) throw new AppError("not_found", "There is no survey round with this code.");
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(requested) ? requested : defaultLocale;
  const svg = await qrSvgDocument(roundUrl(publicOrigin(request), locale, round.code));
  return new Response(svg, {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      "cache-control": "public, max-age=300",
      "x-content-type-options": "nosniff",
    },
  });
}
