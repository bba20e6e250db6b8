import type { Ref } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import type { StorySource } from "@/features/stories";
import { PATHWAY_MINUTES } from "@/lib/intervention-time";
import { StepHeading } from "./step-heading";

/** The framing: the student is the expert who helps next year's students. */
export function WelcomeStep({
  headingRef,
  storiesOrigin,
  onStart,
  waiting = false,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  /** Whether the stories may be called real students' own (see describeOrigin). */
  storiesOrigin: StorySource;
  onStart: () => void;
  /** The page is still reading this phone's saved place: the button waits for it. */
  waiting?: boolean;
}) {
  const t = useTranslations("pathway.welcome");
  return (
    <section className="flex flex-col gap-5">
      <p className="font-bold uppercase tracking-wide text-accent">{t("eyebrow")}</p>
      <StepHeading headingRef={headingRef}>{t("title")}</StepHeading>
      <p className="text-lg">{t("text")}</p>
      <p className="text-lg">{t(`how.${storiesOrigin}`)}</p>
      <ul className="flex flex-col gap-2">
        {(["time", "anonymous", "saved"] as const).map((fact) => (
          <li key={fact} className="flex items-start gap-3">
            <span
              aria-hidden="true"
              className="mt-1 grid size-6 shrink-0 place-items-center rounded-full bg-brand-soft text-sm font-bold text-brand"
            >
              ✓
            </span>
            {fact === "time" ? t("time", { minutes: PATHWAY_MINUTES }) : t(fact)}
          </li>
        ))}
      </ul>
      <Button size="lg" onClick={onStart} disabled={waiting} className="self-start">
        {t("start")}
      </Button>
    </section>
  );
}
