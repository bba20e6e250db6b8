"use client";

import { useId, type Ref } from "react";
import { useTranslations } from "next-intl";
import { cx, inputClasses, LinkButton } from "@/components/ui";
import { StepHeading } from "@/features/pathway";
import { StoryReader, type StoryView } from "@/features/stories";
import { hasUnsentText, type AdviceDraft } from "../domain/advice-draft";

type HeadingProps = { headingRef: Ref<HTMLHeadingElement> };

/** The screens with nothing to do on the phone: eyes on the board or on the teacher. */
export function LookUpScreen({
  headingRef,
  screen,
}: HeadingProps & { screen: "waiting" | "listen" | "debrief" }) {
  const t = useTranslations("classroomJoin");
  return (
    <section className="flex flex-col gap-5">
      <StepHeading headingRef={headingRef}>{t(`${screen}.title`)}</StepHeading>
      <p className="text-lg">{t(`${screen}.text`)}</p>
      <p className="text-muted">{t("followsByItself")}</p>
    </section>
  );
}

/** The stories the teacher chose, one after another, each with Listen. */
export function StoriesScreen({ headingRef, stories }: HeadingProps & { stories: StoryView[] }) {
  const t = useTranslations("classroomJoin");
  return (
    <section className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <StepHeading headingRef={headingRef}>{t("stories.title")}</StepHeading>
        <p className="text-lg">{t("stories.text", { count: stories.length })}</p>
      </div>
      {stories.map((story) => (
        <div key={story.slug} className="border-t-2 border-line pt-6">
          <StoryReader story={story} headingLevel={2} />
        </div>
      ))}
    </section>
  );
}

/** The end of the session; advice that did not reach the server in time stays readable. */
export function ClosingScreen({ headingRef, draft }: HeadingProps & { draft: AdviceDraft }) {
  const t = useTranslations("classroomJoin");
  const id = useId();
  const unsent = hasUnsentText(draft);
  return (
    <section className="flex flex-col gap-5">
      <StepHeading headingRef={headingRef}>{t("closing.title")}</StepHeading>
      <p className="text-lg">{t("closing.text")}</p>
      {unsent ? (
        <div className="flex flex-col gap-2">
          <p className="rounded-xl bg-accent-soft p-3 font-bold text-ink">{t("advice.ended")}</p>
          <label htmlFor={id} className="font-bold">
            {t("closing.unsentLabel")}
          </label>
          {/* Read-only, to copy from: no counter, nothing more can be sent. */}
          <textarea
            id={id}
            value={draft.text}
            readOnly
            className={cx(inputClasses, "min-h-36 leading-relaxed")}
          />
        </div>
      ) : null}
      <LinkButton href="/stories" variant="secondary" size="lg" className="self-start">
        {t("closing.more")}
      </LinkButton>
    </section>
  );
}
