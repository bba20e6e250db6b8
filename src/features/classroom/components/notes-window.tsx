"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import { STEP_COUNT } from "../domain/room-state";
import { NotesBlocks } from "./notes-blocks";
import type { NotesStep, PresentSession } from "./present-types";
import { StepTimer } from "./step-timer";
import { sendRoomCommand, useRoom } from "./use-room";
import { useStepKeys } from "./use-step-keys";

/** /{locale}/present/{id}/notes: the teacher's notes for the step the projector shows. */
export function NotesWindow({ session, steps }: { session: PresentSession; steps: NotesStep[] }) {
  const t = useTranslations("classroom.notes");
  const tp = useTranslations("classroom.present");
  const { state, connected, apply } = useRoom(session.joinCode, session.initial);
  const step = steps[state.step]!;
  const onNext = useCallback(
    () => void sendRoomCommand(session.id, "step", { move: "next" }, apply),
    [session.id, apply],
  );
  const onPrevious = useCallback(
    () => void sendRoomCommand(session.id, "step", { move: "previous" }, apply),
    [session.id, apply],
  );
  useStepKeys({ onNext, onPrevious, onFullscreen: () => {} });

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5 px-4 py-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("title", { group: session.groupName })}</h1>
          <p className="text-muted">{t("intro")}</p>
        </div>
        {state.ended ? null : (
          <StepTimer
            key={`${state.step}-${state.stepStartedAt}`}
            stepStartedAt={state.stepStartedAt}
            minutes={step.minutes}
            className="text-4xl"
          />
        )}
      </header>
      {!connected ? (
        <p role="status" className="font-bold text-danger">
          {tp("reconnecting")}
        </p>
      ) : null}
      {state.ended ? (
        <p role="status" className="text-xl font-bold">
          {t("ended")}
        </p>
      ) : (
        <section aria-live="polite" className="flex flex-col gap-4" lang={session.locale}>
          <h2 className="text-3xl font-bold">
            {tp("step", { number: state.step + 1, total: STEP_COUNT })}: {step.heading}
          </h2>
          <p className="text-muted">{t("minutes", { minutes: step.minutes })}</p>
          <div className="rounded-2xl bg-surface p-4">
            <h3 className="mb-1 text-sm font-bold uppercase tracking-wide text-muted">
              {t("projectorShows")}
            </h3>
            {step.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
          <div className="text-lg leading-relaxed">
            <NotesBlocks blocks={step.notes} />
          </div>
        </section>
      )}
      {state.ended ? null : (
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" onClick={onPrevious} disabled={state.step === 0}>
            {tp("previous")}
          </Button>
          <Button onClick={onNext} disabled={state.step === STEP_COUNT - 1}>
            {tp("next")}
          </Button>
        </div>
      )}
    </div>
  );
}
