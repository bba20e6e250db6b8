"use client";

import { useTranslations } from "next-intl";
import type { RoomState } from "../domain/room-state";
import { RoomCounts } from "./room-counts";

/**
 * What the projector shows once the session has ended, in projector type: how many joined and
 * wrote advice. The wall and the way back are among the projector's controls.
 */
export function SessionSummary({ state }: { state: RoomState }) {
  const t = useTranslations("classroom.present");
  return (
    <section className="flex flex-1 flex-col justify-center gap-10">
      <h1 className="text-5xl font-bold leading-tight lg:text-8xl">{t("summaryTitle")}</h1>
      <RoomCounts
        state={state}
        className="max-w-5xl"
        itemClassName="rounded-3xl border border-line bg-surface p-8 shadow-sm"
      />
      <p className="max-w-5xl text-3xl leading-snug lg:text-4xl">{t("summaryText")}</p>
    </section>
  );
}
