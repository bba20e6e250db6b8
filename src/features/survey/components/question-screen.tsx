"use client";

import type { ComponentType, RefObject } from "react";
import type { DraftAnswer } from "../domain/answer-draft";
import type { ItemKind } from "../domain/item-schemas";
import type { LocalisedQuestion } from "../domain/localise";
import { QUESTION_VIEWS, type QuestionViewProps } from "./question-kinds";

interface QuestionScreenProps {
  question: LocalisedQuestion;
  answer: DraftAnswer | undefined;
  onAnswer: (value: DraftAnswer | undefined) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** One question, drawn as its kind is drawn: a scale as radio buttons, a multi as checkboxes... */
export function QuestionScreen({ question, ...props }: QuestionScreenProps) {
  // Each question meets the drawing of its own kind; TypeScript cannot follow the pairing.
  const View = QUESTION_VIEWS[question.kind] as ComponentType<QuestionViewProps<ItemKind>>;
  const hint = question.hint ? { id: `${question.key}-hint`, text: question.hint } : undefined;
  return <View question={question} hint={hint} {...props} />;
}
