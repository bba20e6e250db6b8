import { LocalStoryPage } from "@/features/stories/components/local/local-story-pages";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/stories/new">) {
  return staffMetadata((await params).locale, "localStories.newTitle");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/stories/new">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <LocalStoryPage locale={locale} />;
}
