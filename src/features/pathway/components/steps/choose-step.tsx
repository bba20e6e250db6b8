import type { Ref } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import { StoryCard, type StorySummary } from "@/features/stories";
import { MIN_STORIES } from "../../domain/pathway-state";
import { StepHeading } from "./step-heading";

interface ChooseStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  stories: StorySummary[];
  storiesRead: string[];
  onChoose: (slug: string) => void;
  onWriteAdvice: () => void;
}

/** The student picks the stories they read: two at least, a third if they like. */
export function ChooseStep({
  headingRef,
  stories,
  storiesRead,
  onChoose,
  onWriteAdvice,
}: ChooseStepProps) {
  const t = useTranslations("pathway.choose");
  const enough = storiesRead.length >= MIN_STORIES;
  return (
    <section className="flex flex-col gap-5">
      <StepHeading headingRef={headingRef}>
        {storiesRead.length ? t("titleMore") : t("title")}
      </StepHeading>
      {enough ? (
        <div className="flex flex-col items-start gap-3">
          <p className="text-lg">{t("textEnough", { count: storiesRead.length })}</p>
          <Button size="lg" onClick={onWriteAdvice}>
            {t("writeAdvice")}
          </Button>
        </div>
      ) : (
        <p className="text-lg">{t("text")}</p>
      )}
      <ul className="grid gap-4 sm:grid-cols-2">
        {stories.map((story) => {
          const read = storiesRead.includes(story.slug);
          return (
            <li key={story.slug}>
              <StoryCard story={story} badge={read ? t("done") : undefined}>
                {read ? null : (
                  <Button variant="secondary" onClick={() => onChoose(story.slug)}>
                    {t("read", { name: story.speaker.name })}
                  </Button>
                )}
              </StoryCard>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
