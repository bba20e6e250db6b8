import { setRequestLocale } from "next-intl/server";
import { LandingPage } from "@/features/landing";
import { libraryOrigin } from "@/features/stories/server";

// Built once per locale, like the story pages: the build fails if it would render per request.
export const dynamic = "error";

export default async function Home({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <LandingPage storiesOrigin={libraryOrigin(locale)} />;
}
