"use client";

import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui";
import type { RoomState } from "../domain/room-state";
import { RoomCounts } from "./room-counts";

/** What the teacher sees once the session has ended: how many joined and wrote advice. */
export function SessionSummary({ state, sessionId }: { state: RoomState; sessionId: string }) {
  const t = useTranslations("classroom.present");
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-10">
      <h1 className="text-4xl font-bold">{t("summaryTitle")}</h1>
      <RoomCounts
        state={state}
        itemClassName="rounded-2xl border border-line bg-surface p-6 shadow-sm"
      />
      <p className="text-lg">{t("summaryText")}</p>
      <div className="flex flex-wrap gap-3">
        <LinkButton href={`/present/${sessionId}/wall`}>{t("wallLink")}</LinkButton>
        <LinkButton href="/staff/classroom" variant="secondary">
          {t("backToClassroom")}
        </LinkButton>
      </div>
    </div>
  );
}
