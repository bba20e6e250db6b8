"use client";

import { useTranslations } from "next-intl";
import { DictationField } from "@/components/ui/lazy-dictation-field";
import { WRITING_MAX_LENGTH } from "@/lib/writing";
import type { WritingProblem } from "../writing-result";
import { useWritingError } from "./writing-error";

interface WritingFieldProps {
  id: "reflection" | "advice";
  draft: string;
  onDraft: (text: string) => void;
  problem: WritingProblem | null;
  /** Called when the student changes the text, so an old problem goes away. */
  onClearProblem: () => void;
}

/** A pathway writing field: type or talk, with the reason when the text cannot be sent. */
export function WritingField({ id, draft, onDraft, problem, onClearProblem }: WritingFieldProps) {
  const t = useTranslations(id === "advice" ? "pathway.advice" : "pathway.reflect");
  const message = useWritingError(id === "reflection")(problem);
  return (
    <DictationField
      id={id}
      label={t("label")}
      hint={t("hint")}
      error={message}
      value={draft}
      onChange={(text) => {
        onDraft(text);
        if (problem) onClearProblem();
      }}
      maxLength={WRITING_MAX_LENGTH}
    />
  );
}
