import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryPage } from "@/features/stories";
import { localStoryForStudent } from "@/features/stories/server";
import { setPageLocale } from "@/i18n/page-locale";

// A school's own story: rendered per request, for the students of that school only (the device's
// signed school cookie). Anyone else, and any story not published, gets the 404 page.
export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/stories/local/[id]">): Promise<Metadata> {
  const { locale, id } = await params;
  const story = await localStoryForStudent(locale, id);
  return story ? { title: story.title, description: story.teaser } : {};
}

export default async function LocalStoryRoute({
  params,
}: PageProps<"/[locale]/stories/local/[id]">) {
  const { locale, id } = await params;
  setPageLocale(locale);
  const story = await localStoryForStudent(locale, id);
  if (!story) notFound();
  return <StoryPage story={story} />;
}
