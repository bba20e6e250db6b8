"use client";

import { useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { TextArea } from "@/components/ui/text-area";
import { toggleChoice, type DraftAnswer } from "../domain/answer-draft";
import type { LocalisedQuestion } from "../domain/localise";
import { ChoiceList, QuestionFieldset, questionHeadingClasses } from "./choice-list";
import { assertNever } from "@/lib/assert-never";

interface QuestionScreenProps {
  question: LocalisedQuestion;
  answer: DraftAnswer | undefined;
  onAnswer: (value: DraftAnswer | undefined) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** One question: a scale as radio buttons, a choose-up-to-N as checkboxes, or a text box. */
export function QuestionScreen({ question, answer, onAnswer, headingRef }: QuestionScreenProps) {
  const t = useTranslations("survey");
  const [limitReached, setLimitReached] = useState(false);
  const hint = question.hint ? { id: `${question.key}-hint`, text: question.hint } : undefined;
  const hintId = hint?.id;

  if (question.kind === "text") {
    const id = `${question.key}-text`;
    return (
      <div className="flex flex-col gap-3">
        <h1 ref={headingRef} tabIndex={-1} className={questionHeadingClasses}>
          <label htmlFor={id}>{question.text}</label>
        </h1>
        {hint ? (
          <p id={hint.id} className="text-muted">
            {hint.text}
          </p>
        ) : null}
        <TextArea
          id={id}
          name={question.key}
          value={typeof answer === "string" ? answer : ""}
          maxLength={question.maxLength}
          aria-describedby={hintId}
          onChange={(event) => onAnswer(event.target.value)}
        />
      </div>
    );
  }

  if (question.kind === "scale") {
    return (
      <QuestionFieldset title={question.text} headingRef={headingRef} hint={hint}>
        <ChoiceList
          name={question.key}
          type="radio"
          choices={question.points.map((p) => ({ value: String(p.value), label: p.label }))}
          checked={(value) => answer === Number(value)}
          onToggle={(value) => onAnswer(Number(value))}
          describedBy={hintId}
        />
      </QuestionFieldset>
    );
  }

  if (question.kind !== "multi") return assertNever(question);
  const chosen = Array.isArray(answer) ? answer : [];
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.key);
  const limitId = `${question.key}-limit`;
  return (
    <QuestionFieldset title={question.text} headingRef={headingRef} hint={hint}>
      <ChoiceList
        name={question.key}
        type="checkbox"
        choices={question.options.map((o) => ({ value: o.key, label: o.label }))}
        checked={(value) => chosen.includes(value)}
        onToggle={(value) => {
          const result = toggleChoice(chosen, value, {
            maxChoices: question.maxChoices,
            exclusive,
          });
          setLimitReached(result.limit);
          if (!result.limit) onAnswer(result.choices);
        }}
        describedBy={[hintId, limitId].filter(Boolean).join(" ")}
      />
      <p id={limitId} aria-live="polite" className="min-h-6 font-bold text-accent">
        {limitReached ? t("question.maxChoices", { max: question.maxChoices }) : ""}
      </p>
    </QuestionFieldset>
  );
}
