import { useTranslations } from "next-intl";
import { PATHWAY_MINUTES } from "@/lib/intervention-time";
import { Card, LinkButton } from "@/components/ui";
import type { StorySource, StoryTag } from "../domain/story-format";
import type { StorySummary } from "../domain/story-view";
import { localStoryId, storyHref } from "../domain/local-slug";
import { StoryCard } from "./story-card";
import { TagFilter } from "./tag-filter";

interface StoryLibraryProps {
  /** The stories to show (already filtered by the tag). */
  stories: StorySummary[];
  /** Every topic some story of this locale has, for the filter. */
  tags: readonly StoryTag[];
  tag?: StoryTag;
  /** Whether every story is a real student's own, told with consent (see describeOrigin). */
  origin: StorySource;
}

/** The story library: a topic filter and a card per story. */
export function StoryLibrary({ stories, tags, tag, origin }: StoryLibraryProps) {
  const t = useTranslations("stories");
  const tl = useTranslations("localStories");
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8 sm:py-12">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t("libraryTitle")}</h1>
        <p className="max-w-2xl text-lg text-muted">{t(`libraryIntro.${origin}`)}</p>
      </header>
      <TagFilter active={tag} tags={tags} />
      <p className="font-bold" role="status">
        {tag
          ? t("countWithTag", { count: stories.length, tag: t(`tags.${tag}`) })
          : t("count", { count: stories.length })}
      </p>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {stories.map((story) => (
          <li key={story.slug}>
            <StoryCard
              story={story}
              href={storyHref(story.slug)}
              badge={localStoryId(story.slug) ? tl("fromYourSchool") : undefined}
            />
          </li>
        ))}
      </ul>
      <PathwayInvitation />
    </div>
  );
}

/** The way from reading to writing: every story page and the library end with it. */
export function PathwayInvitation() {
  const t = useTranslations("stories.pathway");
  return (
    <Card tone="soft" className="flex flex-col items-start gap-3">
      <h2 className="text-xl font-bold">{t("title")}</h2>
      <p>{t("text", { minutes: PATHWAY_MINUTES })}</p>
      <LinkButton href="/pathway">{t("action")}</LinkButton>
    </Card>
  );
}
