import "server-only";
import QRCode from "qrcode";
import type { Locale } from "@/i18n/locales";
import type { QrPath } from "../components/present-types";

/** The link a student opens to join: the join page with the code filled in. */
export function joinUrl(origin: string, locale: Locale, code: string): string {
  return new URL(`/${locale}/join/${encodeURIComponent(code)}`, origin).toString();
}

/** The join page without a code, as written on the projector for students who type. */
export function joinPageLabel(origin: string, locale: Locale): string {
  return new URL(`/${locale}/join`, origin).toString().replace(/^https?:\/\//, "");
}

/** A QR code of `url` as an SVG path (medium error correction survives a projector's glare). */
export function qrPath(url: string): QrPath {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const size = modules.size;
  let d = "";
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (modules.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
    }
  }
  return { size, d };
}
