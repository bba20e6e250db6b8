"use client";

import { useState, type FormEvent, type Ref } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import { DictationField } from "@/components/ui/lazy-dictation-field";
import { WRITING_MAX_LENGTH, checkWriting } from "@/lib/writing";
import { newSubmissionId } from "@/lib/submission-id";
import {
  ConsentChoice,
  HelpPanel,
  problemOfText,
  StepHeading,
  type HelpView,
} from "@/features/pathway";
import type { Locale } from "@/i18n/locales";
import type { AdviceDraft } from "../domain/advice-draft";
import type { AdviceBody, AdviceOutcome, AdviceProblem } from "./send-advice";

interface AdviceScreenProps {
  headingRef: Ref<HTMLHeadingElement>;
  send: (body: AdviceBody) => Promise<AdviceOutcome>;
  locale: Locale;
  draft: AdviceDraft;
  onDraft: (patch: Partial<AdviceDraft>) => void;
  help: HelpView;
  /** Whether the device's draft has been read: until then nothing typed or chosen would stay. */
  ready: boolean;
}

/** The core of the session: one piece of advice for a student who starts next year. */
export function AdviceScreen({
  headingRef,
  send: sendAdvice,
  locale,
  draft,
  onDraft,
  help,
  ready,
}: AdviceScreenProps) {
  const t = useTranslations("classroomJoin");
  const [problem, setProblem] = useState<AdviceProblem | null>(null);
  const [consentMissing, setConsentMissing] = useState(false);
  const [sending, setSending] = useState(false);

  if (draft.sent) {
    return (
      <section className="flex flex-col gap-5">
        <StepHeading headingRef={headingRef}>{t("thanks.title")}</StepHeading>
        <p className="text-lg">{t("thanks.text")}</p>
        {draft.consent === false ? <p className="text-lg">{t("thanks.private")}</p> : null}
        <p className="text-lg">{t("thanks.board")}</p>
        {draft.sent.support ? <HelpPanel help={help} title={t("thanks.helpTitle")} /> : null}
      </section>
    );
  }

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const text = checkWriting(draft.text);
    if (!text.ok) return setProblem(problemOfText(text.error));
    if (draft.consent === undefined) return setConsentMissing(true);
    // Made once and kept with the draft: a retry after a lost answer is stored only once.
    const submissionId = draft.submissionId ?? newSubmissionId();
    onDraft({ submissionId });
    setSending(true);
    const outcome = await sendAdvice({
      submissionId,
      text: text.text,
      locale,
      consentToShare: draft.consent,
    });
    setSending(false);
    if (outcome.status === "sent") onDraft({ sent: { support: outcome.support } });
    else setProblem(outcome.status);
  };

  const problemText =
    problem === "tooLong"
      ? t("advice.tooLong", { max: WRITING_MAX_LENGTH })
      : problem
        ? t(`advice.${problem}`)
        : undefined;

  return (
    <section className="flex flex-col gap-5">
      <StepHeading headingRef={headingRef}>{t("advice.title")}</StepHeading>
      <p className="text-lg">{t("advice.text")}</p>
      <form onSubmit={send} noValidate>
        {/* Closed while the page loads: what a student typed into the server's HTML before
            the draft was read would be wiped when the page comes to life. */}
        <fieldset disabled={!ready} className="flex min-w-0 flex-col gap-5">
          <DictationField
            id="classroom-advice"
            label={t("advice.label")}
            hint={t("advice.hint")}
            error={problem === "empty" || problem === "tooLong" ? problemText : undefined}
            value={draft.text}
            onChange={(text) => {
              onDraft({ text });
              if (problem === "empty" || problem === "tooLong") setProblem(null);
            }}
            maxLength={WRITING_MAX_LENGTH}
          />
          <ConsentChoice
            id="classroom-consent"
            legend={t("advice.consent")}
            yes={t("advice.share")}
            no={t("advice.private")}
            value={draft.consent}
            onChange={(consent) => {
              onDraft({ consent });
              setConsentMissing(false);
            }}
            missing={consentMissing ? t("advice.consentMissing") : undefined}
          />
          {problem === "ended" || problem === "failed" ? (
            <p role="alert" className="rounded-xl bg-accent-soft p-3 font-bold text-ink">
              {problemText}
            </p>
          ) : null}
          {/* After the end another try cannot succeed: the text stays, the button goes. */}
          {problem === "ended" ? null : (
            <Button type="submit" size="lg" disabled={sending}>
              {sending ? t("advice.sending") : t("advice.send")}
            </Button>
          )}
        </fieldset>
      </form>
    </section>
  );
}
