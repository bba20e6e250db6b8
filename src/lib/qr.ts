// QR codes of links (a survey round's, a classroom session's): one encoder for the app, with
// medium error correction, which survives a smudged poster or a projector's glare.
import QRCode from "qrcode";

const ERROR_CORRECTION = "M";

/** The QR code as an SVG document (the round's qr.svg route and its poster). */
export function qrSvgDocument(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: ERROR_CORRECTION, margin: 2 });
}

/** The QR code as one SVG path of its dark modules, for React to draw (no markup from strings). */
export interface QrPath {
  /** Modules per side, the viewBox's size. */
  size: number;
  d: string;
}

export function qrPath(url: string): QrPath {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: ERROR_CORRECTION });
  const size = modules.size;
  let d = "";
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (modules.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
    }
  }
  return { size, d };
}
