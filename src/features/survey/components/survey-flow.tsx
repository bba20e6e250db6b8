"use client";

import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { withAnswer, type DraftAnswer } from "../domain/answer-draft";
import type { LocalisedSurvey } from "../domain/localise";
import type { SurveyNext } from "../schemas";
import type { HelpContacts } from "../domain/localise";
import { GroupScreen } from "./group-screen";
import { IntroScreen } from "./intro-screen";
import { QuestionScreen } from "./question-screen";
import { RoundMessage } from "./round-message";
import { sendAnswers } from "./send-answers";
import { StepFrame } from "./step-frame";
import { ThanksScreen } from "./thanks-screen";
import { useSurveyDraft } from "./use-survey-draft";

interface SurveyFlowProps {
  code: string;
  survey: LocalisedSurvey;
  groups: { id: string; name: string }[];
  helpContacts: HelpContacts;
  /** The round is still being read: the intro shows, and cannot be started yet. */
  waiting?: boolean;
}

type Ending =
  | { kind: "done"; next: SurveyNext | "already" }
  | { kind: "stopped"; reason: "closed" | "upcoming" | "not-found" };

/**
 * The student's way through a round: the intro, the group (when there are several), one
 * question per screen, then the thanks. Every change is kept on the phone until the answers
 * are sent, together with the submissionId that makes a resend safe.
 */
export function SurveyFlow({ code, survey, groups, helpContacts, waiting }: SurveyFlowProps) {
  const t = useTranslations("survey");
  const locale = useLocale() as Locale;
  const { draft, save, clear } = useSurveyDraft(code);
  const [sending, setSending] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [ending, setEnding] = useState<Ending | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const asksGroup = groups.length > 1;
  const screens = [
    "intro" as const,
    ...(asksGroup ? ["group" as const] : []),
    ...survey.questions.map((_, i) => i),
  ];
  const questionKeys = new Set(survey.questions.map((q) => q.key));
  const step = Math.min(draft?.step ?? 0, screens.length - 1);
  const screen = screens[step] ?? "intro";

  // After Next, Back or sending, move focus to the new heading so screen readers read it.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step, ending]);

  const go = (to: number) => {
    if (!draft || sending || waiting) return;
    moved.current = true;
    setAlert(null);
    save({ ...draft, step: Math.max(0, Math.min(to, screens.length - 1)) });
  };

  const send = async () => {
    if (!draft || sending) return;
    setSending(true);
    setAlert(null);
    const outcome = await sendAnswers({
      roundCode: code,
      submissionId: draft.submissionId,
      locale,
      groupId: asksGroup ? (draft.groupId ?? null) : undefined,
      // Only this survey's questions: a draft kept from an older version may hold others.
      answers: Object.fromEntries(
        Object.entries(draft.answers).filter(([key]) => questionKeys.has(key)),
      ),
    });
    setSending(false);
    moved.current = true;
    if (outcome.kind === "offline") return setAlert(t("question.sendFailed"));
    if (outcome.kind === "sent") {
      clear();
      return setEnding({ kind: "done", next: outcome.next });
    }
    switch (outcome.code) {
      case "already_answered":
        clear();
        return setEnding({ kind: "done", next: "already" });
      case "round_closed":
        return setEnding({ kind: "stopped", reason: "closed" });
      case "round_not_open":
        return setEnding({ kind: "stopped", reason: "upcoming" });
      case "not_found":
        return setEnding({ kind: "stopped", reason: "not-found" });
      default:
        return setAlert(t("question.invalid"));
    }
  };

  if (ending?.kind === "done") {
    return (
      <ThanksScreen
        variant={ending.next === "already" ? "answered" : "thanks"}
        code={code}
        helpContacts={helpContacts}
        headingRef={headingRef}
      />
    );
  }
  if (ending?.kind === "stopped") {
    return <RoundMessage reason={ending.reason} headingRef={headingRef} />;
  }
  if (screen === "intro" || !draft || waiting) {
    return (
      <IntroScreen
        code={code}
        survey={survey}
        onStart={() => go(1)}
        ready={Boolean(draft) && !waiting}
        headingRef={headingRef}
      />
    );
  }

  if (screen === "group") {
    return (
      <StepFrame
        nextLabel={draft.groupId === undefined ? t("question.skip") : t("question.next")}
        onBack={() => go(step - 1)}
        onNext={() => go(step + 1)}
      >
        <GroupScreen
          groups={groups}
          groupId={draft.groupId}
          onChoose={(groupId) => save({ ...draft, groupId, savedAt: new Date().toISOString() })}
          headingRef={headingRef}
        />
      </StepFrame>
    );
  }

  const question = survey.questions[screen]!;
  const answer = Object.hasOwn(draft.answers, question.key)
    ? draft.answers[question.key]
    : undefined;
  const last = screen === survey.questions.length - 1;
  return (
    <StepFrame
      progress={{ current: screen + 1, total: survey.questions.length }}
      nextLabel={
        last ? t("question.send") : answer === undefined ? t("question.skip") : t("question.next")
      }
      busy={sending}
      alert={alert}
      onBack={() => go(step - 1)}
      onNext={() => (last ? void send() : go(step + 1))}
    >
      <QuestionScreen
        key={question.key}
        question={question}
        answer={answer}
        onAnswer={(value: DraftAnswer | undefined) =>
          save(withAnswer(draft, question.key, value, new Date()))
        }
        headingRef={headingRef}
      />
    </StepFrame>
  );
}
