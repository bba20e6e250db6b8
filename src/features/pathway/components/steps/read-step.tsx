import type { Ref } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import { StoryReader, type StoryView } from "@/features/stories";

/** One story, to read or to listen to, then on to the reflection. */
export function ReadStep({
  headingRef,
  story,
  onFinished,
  onBack,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  story: StoryView;
  onFinished: () => void;
  onBack: () => void;
}) {
  const t = useTranslations("pathway.read");
  return (
    <section className="flex flex-col gap-8">
      <StoryReader story={story} headingRef={headingRef} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button size="lg" onClick={onFinished}>
          {t("finished")}
        </Button>
        <Button variant="ghost" onClick={onBack}>
          {t("back")}
        </Button>
      </div>
    </section>
  );
}
