"use client";

import type { FormEvent, KeyboardEvent, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button, Progress } from "@/components/ui";

interface StepFrameProps {
  /** Question n of total; absent on screens that are not questions (the group). */
  progress?: { current: number; total: number };
  children: ReactNode;
  nextLabel: string;
  busy?: boolean;
  onBack: () => void;
  onNext: () => void;
  /** A message under the buttons, e.g. that sending failed. */
  alert?: string | null;
}

/**
 * One screen of the survey as a form: Next submits it, so Enter works, and Back goes one
 * screen back. Enter on a radio button or checkbox also means Next (browsers differ there).
 */
export function StepFrame({
  progress,
  children,
  nextLabel,
  busy = false,
  onBack,
  onNext,
  alert,
}: StepFrameProps) {
  const t = useTranslations("survey");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onNext();
  };
  const enterMeansNext = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === "Enter" && target instanceof HTMLInputElement && target.type !== "text") {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };
  return (
    <form onSubmit={submit} onKeyDown={enterMeansNext} className="flex flex-col gap-6" noValidate>
      {progress ? (
        <div className="flex flex-col gap-2">
          <p className="text-sm font-bold text-muted" aria-hidden="true">
            {t("question.progress", progress)}
          </p>
          <Progress
            value={progress.current}
            max={progress.total}
            label={t("question.progress", progress)}
          />
        </div>
      ) : null}
      {children}
      <div className="flex flex-col gap-3">
        {alert ? (
          <p role="alert" className="rounded-xl bg-accent-soft px-4 py-3 font-bold text-accent">
            {alert}
          </p>
        ) : null}
        <div className="flex gap-3">
          <Button
            variant="secondary"
            size="lg"
            className="flex-1"
            onClick={() => (busy ? undefined : onBack())}
            aria-disabled={busy}
          >
            {t("question.back")}
          </Button>
          {/* aria-disabled, not disabled: the button keeps focus while the answers are sent. */}
          <Button
            type="submit"
            size="lg"
            className="flex-[2]"
            aria-busy={busy}
            aria-disabled={busy}
          >
            {busy ? t("question.sending") : nextLabel}
          </Button>
        </div>
      </div>
    </form>
  );
}
