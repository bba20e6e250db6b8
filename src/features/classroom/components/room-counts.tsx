"use client";

import { useTranslations } from "next-intl";
import { cx } from "@/components/ui";
import type { RoomState } from "../domain/room-state";

/**
 * How many phones joined and how much advice was written: counts only, never a text. In
 * projector type: the labels are as large as a step's text, for the back of the room.
 */
export function RoomCounts({
  state,
  className,
  itemClassName,
}: {
  state: Pick<RoomState, "joined" | "advice">;
  className?: string;
  itemClassName?: string;
}) {
  const t = useTranslations("classroom.present");
  const counts = [
    { key: "joined", value: state.joined, label: t("joined", { count: state.joined }) },
    { key: "advice", value: state.advice, label: t("advice", { count: state.advice }) },
  ];
  return (
    <dl className={cx("grid w-full grid-cols-2 gap-4 text-center", className)}>
      {counts.map(({ key, value, label }) => (
        <div key={key} className={cx("flex flex-col", itemClassName)}>
          <dt className="order-last text-3xl leading-tight lg:text-4xl">{label}</dt>
          <dd className="text-6xl font-bold tabular-nums text-brand lg:text-8xl">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
