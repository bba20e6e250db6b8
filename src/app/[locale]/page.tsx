import { LandingPage } from "@/features/landing";
import { libraryOrigin } from "@/features/stories/server";
import { setPageLocale } from "@/i18n/page-locale";

// Built once per locale, like the story pages: the build fails if it would render per request.
export const dynamic = "error";

export default async function Home({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <LandingPage storiesOrigin={libraryOrigin(locale)} />;
}
