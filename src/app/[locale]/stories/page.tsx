import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StoryLibrary } from "@/features/stories";
import { libraryOrigin, libraryView } from "@/features/stories/server";

// Renders per request because of ?tag= (the filter works without JavaScript); it reads only
// the story library held in memory, never the database.
export async function generateMetadata({
  params,
}: PageProps<"/[locale]/stories">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "stories" });
  return { title: t("libraryTitle"), description: t(`libraryIntro.${libraryOrigin(locale)}`) };
}

export default async function StoriesRoute({
  params,
  searchParams,
}: PageProps<"/[locale]/stories">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { tag } = await searchParams;
  return <StoryLibrary {...libraryView(locale, tag)} />;
}
