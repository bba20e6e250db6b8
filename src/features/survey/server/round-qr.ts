import "server-only";
import { headers } from "next/headers";
import QRCode from "qrcode";
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http";
import { findRoundByCode } from "./find-round";

/** The public address of this installation: APP_URL, or the origin the request came to. */
export function publicOrigin(request: Request): string {
  return env().APP_URL ?? new URL(request.url).origin;
}

/** The student's link to a round: what the QR code and the poster show. */
export function roundUrl(origin: string, locale: Locale, code: string): string {
  return new URL(`/${locale}/s/${encodeURIComponent(code)}`, origin).toString();
}

/** A QR code of the link as an SVG document (medium error correction survives a smudge). */
export function roundQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/**
 * GET /api/v1/rounds/{code}/qr.svg?locale=fr: the QR code of the round's link in that language
 * (default en). Unknown codes are a 404, so a poster cannot be printed for a typo.
 */
export async function roundQrResponse(request: Request, typedCode: string): Promise<Response> {
  const round = await findRoundByCode(typedCode);
  if (!round) throw new AppError("not_found", "There is no survey round with this code.");
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(requested) ? requested : defaultLocale;
  const svg = await roundQrSvg(roundUrl(publicOrigin(request), locale, round.code));
  return new Response(svg, {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      "cache-control": "public, max-age=300",
      "x-content-type-options": "nosniff",
    },
  });
}

/** The public address for a page (no Request there): APP_URL, or the Host the page came to. */
export async function pageOrigin(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${proto.split(",")[0]}://${host.split(",")[0]}`;
}
