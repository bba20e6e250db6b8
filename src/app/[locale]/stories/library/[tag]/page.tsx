import type { Metadata } from "next";
import { STORY_TAGS, StoryLibrary } from "@/features/stories";
import { libraryMetadata, libraryView } from "@/features/stories/server";
import { pageLocale, setPageLocale } from "@/i18n/page-locale";

// The library as a device that knows no school sees it, built once per locale and topic
// ("all": no filter). /{locale}/stories?tag=… is rewritten here (the address stays);
// a device that knows its school gets /{locale}/stories rendered per request, with the
// school's own stories.
export const dynamicParams = false;
export const dynamic = "error";

export function generateStaticParams() {
  return ["all", ...STORY_TAGS].map((tag) => ({ tag }));
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/stories/library/[tag]">): Promise<Metadata> {
  return libraryMetadata(await pageLocale(params));
}

export default async function StaticLibraryRoute({
  params,
}: PageProps<"/[locale]/stories/library/[tag]">) {
  const { locale, tag } = await params;
  setPageLocale(locale);
  return <StoryLibrary {...libraryView(locale, tag)} />;
}
