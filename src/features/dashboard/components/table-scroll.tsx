import type { ReactNode } from "react";

/**
 * The box a wide table scrolls in, so that on a phone the table moves sideways and the page does
 * not. It can take focus (keyboard users scroll it with the arrow keys) and is named after the
 * table it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto break-inside-avoid rounded focus-visible:outline-2 focus-visible:outline-brand"
    >
      {children}
    </div>
  );
}
