import { cx } from "@/components/ui";
import type { QrPath } from "@/lib/qr";

/** A QR code drawn as one path, dark on white with its quiet zone, at any size. */
export function QrCode({
  qr,
  label,
  className,
}: {
  qr: QrPath;
  label: string;
  className?: string;
}) {
  const quiet = 2;
  const side = qr.size + quiet * 2;
  return (
    <svg
      viewBox={`${-quiet} ${-quiet} ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      className={cx("rounded-lg bg-white", className)}
    >
      <path d={qr.d} fill="#000" />
    </svg>
  );
}
