import type { Ref } from "react";
import { useTranslations } from "next-intl";
import { Button, LinkButton } from "@/components/ui";
import type { HelpView } from "../../domain/help-view";
import type { PathwayState } from "../../domain/pathway-state";
import { HelpPanel } from "../help-panel";
import { StepHeading } from "./step-heading";

/** The end: thanks for helping, and where to get help at school, for everyone. */
export function ThanksStep({
  headingRef,
  advice,
  support,
  help,
  pastAdvice,
  onRestart,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  advice: PathwayState["advice"];
  /** Something the student wrote suggested support: the help comes first and says why. */
  support: boolean;
  help: HelpView;
  /** Approved advice from past students: what the student's own may become. */
  pastAdvice: { id: string; text: string }[];
  onRestart: () => void;
}) {
  const t = useTranslations("pathway");
  return (
    <section className="flex flex-col gap-6">
      <StepHeading headingRef={headingRef}>{t("thanks.title")}</StepHeading>
      <div className="flex flex-col gap-3 text-lg">
        {/* Kept private: the advice is saved, but no future student will read it. */}
        <p>
          {advice.status === "queued"
            ? t("thanks.queued")
            : advice.consent === false
              ? t("support.saved")
              : t("thanks.sent")}
        </p>
        {advice.consent === false ? <p>{t("thanks.private")}</p> : null}
        {support ? <p>{t("support.text")}</p> : null}
      </div>
      {support ? <HelpPanel help={help} title={t("help.supportTitle")} /> : null}
      {pastAdvice.length > 0 ? (
        <section aria-labelledby="past-advice" className="flex flex-col gap-3">
          <h2 id="past-advice" className="text-xl font-bold">
            {t("thanks.pastAdviceTitle")}
          </h2>
          <ul className="flex flex-col gap-3">
            {pastAdvice.map((advice) => (
              <li
                key={advice.id}
                className="whitespace-pre-line rounded-2xl border-l-4 border-brand bg-surface p-4 text-lg"
              >
                {advice.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row">
        <LinkButton href="/stories" size="lg">
          {t("thanks.more")}
        </LinkButton>
        <Button variant="secondary" size="lg" onClick={onRestart}>
          {t("thanks.restart")}
        </Button>
      </div>
      {support ? null : <HelpPanel help={help} title={t("help.title")} className="mt-4" />}
    </section>
  );
}
