"use client";

import { useState, type FormEvent, type Ref } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import type { WritingProblem, WritingResult } from "../writing-result";
import { ConsentChoice } from "./consent-choice";
import { StepHeading } from "./step-heading";
import { useWritingError } from "./writing-error";

interface ConsentStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  consent: boolean | undefined;
  onConsent: (consent: boolean) => void;
  onSend: () => Promise<WritingResult>;
  onBack: () => void;
}

/** Yes or no, nothing chosen in advance: may the advice be shown, without a name? */
export function ConsentStep({ headingRef, consent, onConsent, onSend, onBack }: ConsentStepProps) {
  const t = useTranslations("pathway.consent");
  const tp = useTranslations("pathway");
  const message = useWritingError(false);
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<WritingProblem | null>(null);
  const [sending, setSending] = useState(false);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (consent === undefined) {
      setMissing(true);
      return;
    }
    setSending(true);
    const result = await onSend();
    setSending(false);
    setProblem(result.status === "refused" ? result.problem : null);
  };

  return (
    <section className="flex flex-col gap-5">
      <StepHeading headingRef={headingRef}>{t("title")}</StepHeading>
      <p className="text-lg">{t("text")}</p>
      <form onSubmit={send} className="flex flex-col gap-5" noValidate>
        <ConsentChoice
          id="consent"
          legend={t("legend")}
          yes={t("yes")}
          no={t("no")}
          value={consent}
          onChange={(value) => {
            onConsent(value);
            setMissing(false);
          }}
          missing={missing ? t("required") : undefined}
        />
        {problem ? (
          <p role="alert" className="font-bold text-danger">
            {message(problem)}
          </p>
        ) : null}
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button type="submit" size="lg" disabled={sending}>
            {sending ? tp("saving") : t("send")}
          </Button>
          <Button variant="ghost" onClick={onBack} disabled={sending}>
            {t("back")}
          </Button>
        </div>
      </form>
    </section>
  );
}
