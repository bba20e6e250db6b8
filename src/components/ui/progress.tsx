import { cx } from "./cx";

interface ProgressProps {
  value: number;
  max: number;
  /** What the bar measures, read by screen readers (e.g. "Question 3 of 9"). */
  label: string;
  className?: string;
}

export function Progress({ value, max, label, className }: ProgressProps) {
  const percent = max > 0 ? Math.round((Math.min(value, max) / max) * 100) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={label}
      className={cx("h-3 w-full overflow-hidden rounded-full bg-brand-soft", className)}
    >
      <div
        className="h-full rounded-full bg-brand transition-[width] duration-300"
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
