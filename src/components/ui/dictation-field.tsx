"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import SpeechRecognition, { useSpeechRecognition } from "react-speech-recognition";
import { isLocale } from "@/i18n/locales";
import { speechLanguage } from "@/i18n/speech";
import { Button } from "./button";
import { Field } from "./field";
import { Icon } from "./icon";
import { TextArea } from "./text-area";
import { useHydrated } from "./use-hydrated";

// The microphone is one per page: the field that started it owns the words it hears.
let owner: string | null = null;

type Problem = "denied" | "noMicrophone" | "offline" | "noSpeech" | "failed";

const PROBLEMS: Record<string, Problem> = {
  "not-allowed": "denied",
  "service-not-allowed": "denied",
  "audio-capture": "noMicrophone",
  network: "offline",
  "no-speech": "noSpeech",
};

function joinText(before: string, spoken: string): string {
  if (!spoken) return before;
  if (!before.trim()) return spoken;
  return /\s$/.test(before) ? before + spoken : `${before} ${spoken}`;
}

interface DictationFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  placeholder?: string;
  /** BCP 47 tag to listen for; the page's locale by default. */
  lang?: string;
  className?: string;
}

/**
 * A text area a student can fill by typing or by talking. What they say appears live in the
 * field, after what is already there, and stays editable. Without speech recognition, or when
 * the microphone is refused, a short note says so and typing works as always.
 */
export function DictationField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  maxLength,
  placeholder,
  lang,
  className,
}: DictationFieldProps) {
  const t = useTranslations("dictation");
  const locale = useLocale();
  const language = lang ?? (isLocale(locale) ? speechLanguage(locale) : "en-GB");
  const hydrated = useHydrated();
  const statusId = useId();
  const {
    transcript,
    listening,
    resetTranscript,
    browserSupportsSpeechRecognition,
    browserSupportsContinuousListening,
    isMicrophoneAvailable,
  } = useSpeechRecognition();
  const [problem, setProblem] = useState<Problem | null>(null);
  const before = useRef("");
  const mine = listening && owner === id;

  // The live transcript goes into the field, after the text that was there when talking began.
  useEffect(() => {
    if (owner !== id || !transcript) return;
    onChange(joinText(before.current, transcript).slice(0, maxLength));
  }, [transcript, id, maxLength, onChange]);

  // The library reports a refused microphone; the other failures are read here.
  useEffect(() => {
    if (!hydrated || !browserSupportsSpeechRecognition) return;
    const recognition = SpeechRecognition.getRecognition();
    if (!recognition) return;
    const onError = (event: Event) => {
      if (owner !== id) return;
      const code = (event as Event & { error?: string }).error ?? "";
      if (code === "aborted") return;
      setProblem(PROBLEMS[code] ?? "failed");
    };
    recognition.addEventListener("error", onError);
    return () => recognition.removeEventListener("error", onError);
  }, [hydrated, browserSupportsSpeechRecognition, id]);

  // Leaving the page (or the step) while talking turns the microphone off.
  useEffect(
    () => () => {
      if (owner === id) {
        owner = null;
        void SpeechRecognition.abortListening();
      }
    },
    [id],
  );

  const start = () => {
    before.current = value;
    owner = id;
    setProblem(null);
    resetTranscript();
    void SpeechRecognition.startListening({
      continuous: browserSupportsContinuousListening,
      language,
    });
  };

  const stop = () => void SpeechRecognition.stopListening();

  const type = (next: string) => {
    // Typing takes over: words still on their way must not overwrite what was just typed.
    if (owner === id) {
      owner = null;
      if (listening) stop();
    }
    onChange(next);
  };

  const denied = problem === "denied" || !isMicrophoneAvailable;
  const canTalk = hydrated && browserSupportsSpeechRecognition && !denied;
  const note = !hydrated
    ? null
    : !browserSupportsSpeechRecognition
      ? t("unsupported")
      : denied
        ? t("denied")
        : problem
          ? t(problem)
          : null;

  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <div className="flex flex-col gap-2">
          <TextArea
            id={id}
            value={value}
            maxLength={maxLength}
            placeholder={placeholder}
            onChange={(event) => type(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={
              [describedBy, canTalk ? statusId : undefined].filter(Boolean).join(" ") || undefined
            }
          />
          {canTalk ? (
            <div className="flex flex-wrap items-center gap-3">
              <Button variant={mine ? "primary" : "secondary"} onClick={mine ? stop : start}>
                <Icon name="microphone" />
                {mine ? t("stop") : t("start")}
              </Button>
              <p id={statusId} aria-live="polite" className="flex items-center gap-2 text-sm">
                {mine ? (
                  <>
                    <span
                      aria-hidden="true"
                      className="size-3 rounded-full bg-danger motion-safe:animate-pulse"
                    />
                    {t("listening")}
                  </>
                ) : null}
              </p>
            </div>
          ) : null}
          {note ? (
            <p role="status" className="text-sm text-muted">
              {note}
            </p>
          ) : null}
        </div>
      )}
    </Field>
  );
}
