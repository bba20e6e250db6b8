import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryPage, toStoryView } from "@/features/stories";
import { getStory, storySlugs } from "@/features/stories/server";
import { setPageLocale } from "@/i18n/page-locale";

// Every story in every locale is built once, at build time: a story page never waits on
// anything. An unknown slug is a 404. Anything that would make it render per request (a
// read of headers or cookies, here or in a layout) fails the build instead.
export const dynamicParams = false;
export const dynamic = "error";

export function generateStaticParams() {
  return storySlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/stories/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const story = getStory(slug, locale);
  return story ? { title: story.title, description: story.teaser } : {};
}

export default async function StoryRoute({ params }: PageProps<"/[locale]/stories/[slug]">) {
  const { locale, slug } = await params;
  setPageLocale(locale);
  const story = getStory(slug, locale);
  if (!story) notFound();
  return <StoryPage story={toStoryView(story)} />;
}
