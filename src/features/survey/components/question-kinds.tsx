"use client";

import { useState, type ComponentType, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { TextArea } from "@/components/ui/text-area";
import { toggleChoice, type DraftAnswer } from "../domain/answer-draft";
import type { ItemKind } from "../domain/item-schemas";
import type { LocalisedQuestionOf } from "../domain/localise";
import { ChoiceList, QuestionFieldset, questionHeadingClasses } from "./choice-list";

export interface QuestionViewProps<K extends ItemKind> {
  question: LocalisedQuestionOf<K>;
  answer: DraftAnswer | undefined;
  onAnswer: (value: DraftAnswer | undefined) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  hint: { id: string; text: string } | undefined;
}

/**
 * How the phone draws each item kind: the one part of a kind apart from its record in
 * domain/item-kinds.ts, so the domain stays free of React. A full map: a new kind without its
 * drawing fails the type check.
 */
export const QUESTION_VIEWS: { [K in ItemKind]: ComponentType<QuestionViewProps<K>> } = {
  scale: ScaleQuestion,
  multi: MultiQuestion,
  text: TextQuestion,
};

function TextQuestion({ question, answer, onAnswer, headingRef, hint }: QuestionViewProps<"text">) {
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
        aria-describedby={hint?.id}
        onChange={(event) => onAnswer(event.target.value)}
      />
    </div>
  );
}

function ScaleQuestion({
  question,
  answer,
  onAnswer,
  headingRef,
  hint,
}: QuestionViewProps<"scale">) {
  return (
    <QuestionFieldset title={question.text} headingRef={headingRef} hint={hint}>
      <ChoiceList
        name={question.key}
        type="radio"
        choices={question.points.map((p) => ({ value: String(p.value), label: p.label }))}
        checked={(value) => answer === Number(value)}
        onToggle={(value) => onAnswer(Number(value))}
        describedBy={hint?.id}
      />
    </QuestionFieldset>
  );
}

function MultiQuestion({
  question,
  answer,
  onAnswer,
  headingRef,
  hint,
}: QuestionViewProps<"multi">) {
  const t = useTranslations("survey");
  const [limitReached, setLimitReached] = useState(false);
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
        describedBy={[hint?.id, limitId].filter(Boolean).join(" ")}
      />
      <p id={limitId} aria-live="polite" className="min-h-6 font-bold text-accent">
        {limitReached ? t("question.maxChoices", { max: question.maxChoices }) : ""}
      </p>
    </QuestionFieldset>
  );
}
