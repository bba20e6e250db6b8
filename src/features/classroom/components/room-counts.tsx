"use client";

import { useTranslations } from "next-intl";
import { cx } from "@/components/ui";
import type { RoomState } from "../domain/room-state";

/** How many phones joined and how much advice was written: counts only, never a text. */
export function RoomCounts({
  state,
  itemClassName,
}: {
  state: Pick<RoomState, "joined" | "advice">;
  itemClassName?: string;
}) {
  const t = useTranslations("classroom.present");
  const counts = [
    { key: "joined", value: state.joined, label: t("joined", { count: state.joined }) },
    { key: "advice", value: state.advice, label: t("advice", { count: state.advice }) },
  ];
  return (
    <dl className="grid w-full grid-cols-2 gap-4 text-center">
      {counts.map(({ key, value, label }) => (
        <div key={key} className={cx("flex flex-col", itemClassName)}>
          <dt className="order-last text-lg">{label}</dt>
          <dd className="text-6xl font-bold tabular-nums text-brand">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
