"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { Button, Icon } from "@/components/ui";
import { useHydrated } from "@/components/ui/use-hydrated";

import { READING_RATE_NAMES, type ReadAloud, type ReadingRate } from "./use-read-aloud";

const selectClasses =
  "min-h-11 rounded-xl border-2 border-line bg-surface px-3 py-1.5 text-base text-ink focus:border-brand";

/** Listen, pause, resume, stop and speed, for a story read by the browser's own voice. */
export function ReadAloudControls({ reader }: { reader: ReadAloud }) {
  const t = useTranslations("stories.listen");
  const speedId = useId();
  // Before the page runs, drawn as it will most likely be (see StoryReader); a browser
  // without speech synthesis then drops it.
  const hydrated = useHydrated();
  if (hydrated && !reader.supported) return null;
  if (reader.noVoice) return <p className="text-sm text-muted">{t("noVoice")}</p>;
  const { status } = reader;
  const main =
    status === "playing"
      ? { label: t("pause"), icon: "pause" as const, action: reader.pause }
      : status === "paused"
        ? { label: t("resume"), icon: "play" as const, action: reader.resume }
        : { label: t("play"), icon: "speaker" as const, action: reader.play };
  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label={t("label")} className="flex flex-wrap items-center gap-2">
        {/* One button that changes, so focus stays where the student pressed. */}
        <Button variant={status === "idle" ? "primary" : "secondary"} onClick={main.action}>
          <Icon name={main.icon} />
          {main.label}
        </Button>
        {status !== "idle" ? (
          <Button variant="secondary" onClick={reader.stop}>
            <Icon name="stop" />
            {t("stop")}
          </Button>
        ) : null}
        <span className="inline-flex items-center gap-2">
          <label htmlFor={speedId} className="font-bold">
            {t("speed")}
          </label>
          <select
            id={speedId}
            value={reader.rate}
            onChange={(event) => reader.setRate(event.target.value as ReadingRate)}
            className={selectClasses}
          >
            {READING_RATE_NAMES.map((rate) => (
              <option key={rate} value={rate}>
                {t(`speeds.${rate}`)}
              </option>
            ))}
          </select>
        </span>
      </div>
      <p aria-live="polite" className="text-sm text-muted">
        {reader.failed ? t("failed") : status === "paused" ? t("paused") : ""}
      </p>
    </div>
  );
}
