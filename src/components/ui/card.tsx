import type { HTMLAttributes } from "react";
import { cx } from "./cx";

const tones = {
  plain: "bg-surface",
  // A calm highlight (an invitation, who to talk to): a class in className cannot override the
  // background, because Tailwind orders utilities by name, not by where they are written.
  soft: "bg-brand-soft",
} as const;

export function Card({
  className,
  tone = "plain",
  ...props
}: HTMLAttributes<HTMLDivElement> & { tone?: keyof typeof tones }) {
  return (
    <div
      className={cx("rounded-2xl border border-line p-5 shadow-sm sm:p-6", tones[tone], className)}
      {...props}
    />
  );
}
