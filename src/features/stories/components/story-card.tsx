import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Card, cx } from "@/components/ui";
import { Link } from "@/i18n/navigation";
import type { StorySummary } from "../domain/story-view";

/** "Théo, 16 · CAP plumber, 1st year": who tells the story. */
export function SpeakerLine({
  story,
  className,
}: {
  story: Pick<StorySummary, "speaker">;
  className?: string;
}) {
  const t = useTranslations("stories");
  const { name, age, programme } = story.speaker;
  return <p className={cx("text-muted", className)}>{t("speaker", { name, age, programme })}</p>;
}

/** A story's reading time and topics, and a note beside them (e.g. that it has been read). */
export function StoryMeta({
  story,
  tagClassName = "bg-brand-soft",
  children,
}: {
  story: Pick<StorySummary, "readingMinutes" | "tags">;
  /** The topics' background, to stand out from the card's own. */
  tagClassName?: string;
  children?: ReactNode;
}) {
  const t = useTranslations("stories");
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
      <span>{t("readingTime", { minutes: story.readingMinutes })}</span>
      <ul className="flex flex-wrap gap-1.5" aria-label={t("topics")}>
        {story.tags.map((tag) => (
          <li key={tag} className={cx("rounded-full px-2 py-0.5 text-ink", tagClassName)}>
            {t(`tags.${tag}`)}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}

interface StoryCardProps {
  story: StorySummary;
  /** Where the card leads; the whole card is then one link. */
  href?: string;
  headingLevel?: 2 | 3;
  /** A short note beside the reading time, e.g. that the student has read it. */
  badge?: ReactNode;
  /** Actions under the card (the pathway's "Read this story"). */
  children?: ReactNode;
}

/** A story in a list: title, who tells it, the teaser, reading time and topics. */
export function StoryCard({ story, href, headingLevel = 2, badge, children }: StoryCardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <Card className="relative flex h-full flex-col gap-2 focus-within:ring-2 focus-within:ring-focus">
      <Heading className="text-xl font-bold leading-snug">
        {href ? (
          // The link stretches over the card, so a tap anywhere on it opens the story.
          <Link
            href={href}
            className="text-ink no-underline after:absolute after:inset-0 after:rounded-2xl after:content-[''] hover:underline focus-visible:outline-none"
          >
            {story.title}
          </Link>
        ) : (
          story.title
        )}
      </Heading>
      <SpeakerLine story={story} className="text-sm font-bold" />
      <p className="flex-1">{story.teaser}</p>
      <StoryMeta story={story}>
        {badge ? <span className="font-bold text-success">{badge}</span> : null}
      </StoryMeta>
      {children ? <div className="relative z-10 mt-2 flex flex-wrap gap-2">{children}</div> : null}
    </Card>
  );
}
