import type { Ref } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import type { HelpView } from "../../domain/help-view";
import { HelpPanel } from "../help-panel";
import { StepHeading } from "./step-heading";

/**
 * Shown after a text that suggests the student may be going through something hard is saved:
 * warm, without alarm, with who to talk to at school and the helplines. Never a label.
 */
export function SupportStep({
  headingRef,
  help,
  onContinue,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  help: HelpView;
  onContinue: () => void;
}) {
  const t = useTranslations("pathway");
  return (
    <section className="flex flex-col gap-5">
      <StepHeading headingRef={headingRef}>{t("support.title")}</StepHeading>
      <p className="text-lg">{t("support.saved")}</p>
      <p className="text-lg">{t("support.text")}</p>
      <HelpPanel help={help} title={t("help.supportTitle")} />
      <Button size="lg" onClick={onContinue} className="self-start">
        {t("support.continue")}
      </Button>
    </section>
  );
}
