"use client";

import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { cx } from "@/components/ui";
import { formatTimer, secondsLeft } from "../domain/room-state";

const everySecond = (tick: () => void) => {
  const timer = setInterval(tick, 1000);
  return () => clearInterval(timer);
};
// Whole seconds, so the snapshot stays the same between ticks.
const currentSecond = () => Math.floor(Date.now() / 1000);
const noClock = () => null;

/** Time left in the step, counted from the stored start so every screen shows the same. */
export function StepTimer({
  stepStartedAt,
  minutes,
  className,
}: {
  stepStartedAt: string | null;
  minutes: number;
  className?: string;
}) {
  const t = useTranslations("classroom.present");
  const now = useSyncExternalStore(everySecond, currentSecond, noClock);
  // Rendered on the server without a clock: the planned minutes until the browser ticks.
  const left = now === null ? minutes * 60 : secondsLeft(stepStartedAt, minutes, now * 1000);
  const over = left < 0;
  return (
    <p className={cx("flex flex-col items-end", className)}>
      <span className="text-sm font-bold uppercase tracking-wide text-muted">
        {over ? t("overTime") : t("timeLeft")}
      </span>
      {/* Not a live region: a screen reader would hear every second. */}
      <span className={cx("font-bold tabular-nums", over ? "text-danger" : "text-ink")}>
        {formatTimer(left)}
      </span>
    </p>
  );
}
