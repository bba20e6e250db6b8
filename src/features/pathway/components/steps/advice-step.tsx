"use client";

import { useState, type FormEvent, type Ref } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import { checkWriting } from "@/lib/writing";
import { problemOfText, type WritingProblem } from "../writing-result";
import { StepHeading } from "./step-heading";
import { WritingField } from "./writing-field";

interface AdviceStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  draft: string;
  onDraft: (text: string) => void;
  onNext: () => void;
  onBack: () => void;
}

/** The heart of the pathway: one piece of advice for a student who starts next year. */
export function AdviceStep({ headingRef, draft, onDraft, onNext, onBack }: AdviceStepProps) {
  const t = useTranslations("pathway.advice");
  const [problem, setProblem] = useState<WritingProblem | null>(null);

  const next = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkWriting(draft);
    if (!checked.ok) {
      setProblem(problemOfText(checked.error));
      return;
    }
    onNext();
  };

  return (
    <section className="flex flex-col gap-5">
      <StepHeading headingRef={headingRef}>{t("title")}</StepHeading>
      <p className="text-lg">{t("text")}</p>
      <p className="text-muted">{t("ideas")}</p>
      <form onSubmit={next} className="flex flex-col gap-5" noValidate>
        <WritingField
          id="advice"
          draft={draft}
          onDraft={onDraft}
          problem={problem}
          onClearProblem={() => setProblem(null)}
        />
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button type="submit" size="lg">
            {t("next")}
          </Button>
          <Button variant="ghost" onClick={onBack}>
            {t("back")}
          </Button>
        </div>
      </form>
    </section>
  );
}
