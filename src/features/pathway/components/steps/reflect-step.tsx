"use client";

import { useState, type FormEvent, type Ref } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import type { StorySummary } from "@/features/stories";
import type { WritingProblem, WritingResult } from "../writing-result";
import { StepHeading } from "./step-heading";
import { WritingField } from "./writing-field";

interface ReflectStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  story: StorySummary;
  draft: string;
  onDraft: (text: string) => void;
  onSave: (text: string) => Promise<WritingResult>;
  onSkip: () => void;
}

/** One short, optional and private prompt after a story. */
export function ReflectStep({
  headingRef,
  story,
  draft,
  onDraft,
  onSave,
  onSkip,
}: ReflectStepProps) {
  const t = useTranslations("pathway.reflect");
  const tp = useTranslations("pathway");
  const [problem, setProblem] = useState<WritingProblem | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const result = await onSave(draft);
    setSaving(false);
    setProblem(result.status === "refused" ? result.problem : null);
  };

  return (
    <section className="flex flex-col gap-5">
      <StepHeading headingRef={headingRef}>{t("title")}</StepHeading>
      <p className="text-lg">{t("prompt", { name: story.speaker.name })}</p>
      <form onSubmit={save} className="flex flex-col gap-5" noValidate>
        <WritingField
          id="reflection"
          draft={draft}
          onDraft={onDraft}
          problem={problem}
          onClearProblem={() => setProblem(null)}
        />
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button type="submit" size="lg" disabled={saving}>
            {saving ? tp("saving") : t("save")}
          </Button>
          <Button variant="secondary" size="lg" onClick={onSkip} disabled={saving}>
            {t("skip")}
          </Button>
        </div>
      </form>
    </section>
  );
}
