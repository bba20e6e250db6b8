"use client";

import { useCallback, useEffect, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button, buttonClasses, cx } from "@/components/ui";
import { Dialog } from "@/components/ui/dialog";
import { Link } from "@/i18n/navigation";
import { STEP_COUNT } from "../domain/room-state";
import type { QrPath } from "@/lib/qr";
import { AdviceWall, type WallAdvice } from "./advice-wall";
import type { PresentSession } from "./present-types";
import { ProjectorControls } from "./projector-controls";
import { QrCode } from "./qr-code";
import { RoomCounts } from "./room-counts";
import { SessionSummary } from "./session-summary";
import { StepTimer } from "./step-timer";
import { useIdle } from "./use-idle";
import { sendRoomCommand, useRoom } from "./use-room";
import { useStepKeys } from "./use-step-keys";

function useFullscreen() {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const update = () => setOn(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", update);
    return () => document.removeEventListener("fullscreenchange", update);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  }, []);
  return { on, toggle };
}

/** The advice wall shown in place of the step; opening it reads the latest approved advice. */
function useWall() {
  const router = useRouter();
  const [shown, setShown] = useState(false);
  const toggle = useCallback(() => {
    if (!shown) router.refresh();
    setShown(!shown);
  }, [shown, router]);
  const hide = useCallback(() => setShown(false), []);
  return { shown, toggle, hide };
}

/** The whole screen of the projector, in the class's language. */
export const projectorFrame =
  "fixed inset-0 z-40 flex flex-col gap-6 overflow-auto bg-paper p-6 text-ink lg:p-10";

/** /{locale}/present/{id}: what the class sees, driven from the teacher's keyboard or clicker. */
export function Projector({
  session,
  joinLabel,
  qr,
  notesHref,
  wall,
}: {
  session: PresentSession;
  joinLabel: string;
  qr: QrPath;
  notesHref: string;
  /** Approved advice of this school in the class's language, for the wall. */
  wall: WallAdvice[];
}) {
  const t = useTranslations("classroom.present");
  const { state, connected, apply } = useRoom(session.joinCode, session.initial);
  const [failed, setFailed] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const fullscreen = useFullscreen();
  const wallView = useWall();
  const idle = useIdle() && !confirmEnd;
  const step = session.steps[state.step]!;

  const move = useCallback(
    async (move: "next" | "previous") => {
      setFailed(!(await sendRoomCommand(session.id, "step", { move }, apply)));
    },
    [session.id, apply],
  );
  const onNext = useCallback(() => void move("next"), [move]);
  const onPrevious = useCallback(() => void move("previous"), [move]);
  useStepKeys({
    onNext,
    onPrevious,
    onFullscreen: fullscreen.toggle,
    onWall: wallView.toggle,
    onEscape: wallView.hide,
  });

  const end = async () => {
    setConfirmEnd(false);
    setFailed(!(await sendRoomCommand(session.id, "end", {}, apply)));
  };

  const controls = (children: ReactNode, trailing: ReactNode) => (
    <ProjectorControls
      idle={idle}
      wallShown={wallView.shown}
      onWall={wallView.toggle}
      trailing={trailing}
    >
      {children}
    </ProjectorControls>
  );

  if (state.ended) {
    return (
      <div className={cx(projectorFrame, idle && "cursor-none")} lang={session.locale}>
        {wallView.shown ? (
          <AdviceWall advice={wall} className="flex-1" />
        ) : (
          <SessionSummary state={state} />
        )}
        {controls(
          null,
          <Link href="/staff/classroom" className={buttonClasses("secondary", "lg")}>
            {t("backToClassroom")}
          </Link>,
        )}
      </div>
    );
  }
  return (
    <div className={cx(projectorFrame, idle && "cursor-none")} lang={session.locale}>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-2">
          <p className="text-xl font-bold text-muted lg:text-2xl">
            {t("step", { number: state.step + 1, total: STEP_COUNT })} · {session.groupName}
          </p>
          <ol className="flex gap-2" aria-hidden="true">
            {session.steps.map((s, i) => (
              <li
                key={s.key}
                className={`h-2 w-12 rounded-full ${i <= state.step ? "bg-brand" : "bg-line"}`}
              />
            ))}
          </ol>
        </div>
        <StepTimer
          key={`${state.step}-${state.stepStartedAt}`}
          stepStartedAt={state.stepStartedAt}
          minutes={step.minutes}
          className="text-5xl lg:text-6xl"
        />
      </header>

      <div className="grid flex-1 gap-8 lg:grid-cols-[1fr_auto]">
        {wallView.shown ? (
          <AdviceWall advice={wall} className="justify-center" />
        ) : (
          <section aria-live="polite" className="flex flex-col justify-center gap-6">
            <h1 className="text-5xl font-bold leading-tight lg:text-8xl">{step.heading}</h1>
            {step.lines.map((line) => (
              <p key={line} data-step-line className="max-w-5xl text-3xl leading-snug lg:text-4xl">
                {line}
              </p>
            ))}
            {step.key === "read-stories" && session.storyTitles.length > 0 ? (
              <p className="text-3xl font-bold text-brand lg:text-4xl">
                {t("storiesOnPhones", { titles: session.storyTitles.join(" · ") })}
              </p>
            ) : null}
          </section>
        )}

        <aside className="flex flex-col items-center justify-center gap-4 rounded-3xl bg-surface p-6 shadow-sm lg:w-[36rem]">
          <p className="text-center text-3xl lg:text-4xl">
            {t("joinAt")} <strong className="break-all">{joinLabel}</strong>
          </p>
          <p className="flex flex-col items-center">
            <span className="text-2xl font-bold uppercase tracking-wide text-muted lg:text-4xl">
              {t("code")}
            </span>
            <span className="font-mono text-6xl font-bold tracking-[0.2em] lg:text-7xl">
              {session.joinCode}
            </span>
          </p>
          <QrCode qr={qr} label={t("qrLabel")} className="size-56 lg:size-60" />
          <RoomCounts state={state} />
        </aside>
      </div>

      {controls(
        <>
          <Button variant="secondary" size="lg" onClick={onPrevious} disabled={state.step === 0}>
            {t("previous")}
          </Button>
          <Button size="lg" onClick={onNext} disabled={state.step === STEP_COUNT - 1}>
            {t("next")}
          </Button>
          <Button
            variant="secondary"
            size="lg"
            onClick={fullscreen.toggle}
            aria-pressed={fullscreen.on}
          >
            {fullscreen.on ? t("exitFullscreen") : t("fullscreen")}
          </Button>
          <a href={notesHref} target="belong-notes" className={buttonClasses("ghost", "lg")}>
            {t("notes")}
          </a>
        </>,
        <Button variant="danger" size="lg" onClick={() => setConfirmEnd(true)}>
          {t("end")}
        </Button>,
      )}
      {/* Outside the fading controls: a lost connection must be seen. */}
      <div role="status" className="font-bold text-danger">
        {!connected ? t("reconnecting") : failed ? t("moveFailed") : null}
      </div>

      <Dialog
        open={confirmEnd}
        onClose={() => setConfirmEnd(false)}
        title={t("end")}
        actions={
          <Button variant="danger" onClick={() => void end()}>
            {t("endConfirmButton")}
          </Button>
        }
      >
        <p>{t("endConfirm")}</p>
      </Dialog>
    </div>
  );
}
