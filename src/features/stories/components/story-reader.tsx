"use client";

import { useEffect, useId, type Ref } from "react";
import { useTranslations } from "next-intl";
import { cx } from "@/components/ui";
import type { Locale } from "@/i18n/locales";
import type { StoryView } from "../domain/story-view";
import { ReadAloudControls } from "./read-aloud-controls";
import { sentenceId, StoryText } from "./story-text";
import { TextSizeControl } from "./text-size-control";
import { useReadAloud } from "./use-read-aloud";
import { useTextSize } from "./use-text-size";
import { SpeakerLine } from "./story-card";

interface StoryReaderProps {
  story: StoryView;
  headingLevel?: 1 | 2;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * A story to read or listen to. The text is rendered on the server and readable without
 * JavaScript. The text size and read-aloud controls are in the server's HTML too, so the text
 * does not move down when they start working, and hidden where scripts never run
 * (`needs-script`, globals.css). A story with its own recording offers that instead of the
 * device voice.
 */
export function StoryReader({ story, headingLevel = 1, headingRef }: StoryReaderProps) {
  const t = useTranslations("stories");
  const titleId = useId();
  const [size, setSize] = useTextSize();
  const reader = useReadAloud(story.sentences, story.locale as Locale);
  const Heading = headingLevel === 1 ? "h1" : "h2";

  // Keep the sentence being read in view; jump instead of glide for reduced motion.
  useEffect(() => {
    if (reader.sentence < 0) return;
    const element = document.getElementById(sentenceId(story.slug, reader.sentence));
    if (!element) return;
    const box = element.getBoundingClientRect();
    if (box.top >= 80 && box.bottom <= window.innerHeight - 80) return;
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    element.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  }, [reader.sentence, story.slug]);

  return (
    <article aria-labelledby={titleId} className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Heading
          id={titleId}
          ref={headingRef}
          tabIndex={-1}
          className="text-3xl font-bold leading-tight outline-none sm:text-4xl"
        >
          {story.title}
        </Heading>
        <SpeakerLine story={story} className="text-lg" />
        <p className="text-sm text-muted">{t("readingTime", { minutes: story.readingMinutes })}</p>
        <p className="text-sm text-muted">
          {t(`origin.${story.source}`, { name: story.speaker.name })}
        </p>
      </header>
      <div
        className={cx(
          "flex flex-col gap-3 rounded-2xl border border-line bg-surface p-3 sm:flex-row sm:items-start sm:justify-between",
          !story.audio && "needs-script",
        )}
      >
        {story.audio ? (
          <figure className="flex flex-col gap-1">
            <figcaption className="font-bold">{t("listen.recording")}</figcaption>
            <audio controls preload="none" src={`/audio/stories/${story.audio}`} />
          </figure>
        ) : (
          <ReadAloudControls reader={reader} />
        )}
        <div className="needs-script">
          <TextSizeControl size={size} onChange={setSize} />
        </div>
      </div>
      <StoryText story={story} size={size} current={reader.sentence} />
    </article>
  );
}
