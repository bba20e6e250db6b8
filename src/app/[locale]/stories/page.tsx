import type { Metadata } from "next";
import { StoryLibrary } from "@/features/stories";
import { libraryMetadata, studentLibraryView } from "@/features/stories/server";
import { pageLocale, setPageLocale } from "@/i18n/page-locale";

// Renders per request for a device that knows its school: it also sees that school's
// published local stories. Every other device is served the prerendered library of
// ./library/[tag] (next.config.ts's rewrites, src/lib/security/proxy-free-pages.ts).
// ?tag= filters (the filter works without JavaScript).
export async function generateMetadata({
  params,
}: PageProps<"/[locale]/stories">): Promise<Metadata> {
  return libraryMetadata(await pageLocale(params));
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
