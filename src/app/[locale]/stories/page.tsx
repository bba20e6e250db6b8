import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StoryLibrary } from "@/features/stories";
import { libraryOrigin, studentLibraryView } from "@/features/stories/server";
import { setPageLocale } from "@/i18n/page-locale";

// Renders per request because of ?tag= (the filter works without JavaScript) and because a
// device that knows its school also sees that school's published local stories.
export async function generateMetadata({
  params,
}: PageProps<"/[locale]/stories">): Promise<Metadata> {
  const { locale } = await params;
  setPageLocale(locale);
  const t = await getTranslations({ locale, namespace: "stories" });
  return { title: t("libraryTitle"), description: t(`libraryIntro.${libraryOrigin(locale)}`) };
}

export default async function StoriesRoute({
  params,
  searchParams,
}: PageProps<"/[locale]/stories">) {
  const { locale } = await params;
  setPageLocale(locale);
  const { tag } = await searchParams;
  return <StoryLibrary {...await studentLibraryView(locale, tag)} />;
}
