import { LocalStoriesPage } from "@/features/stories/components/local/local-story-pages";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/stories">) {
  return staffMetadata((await params).locale, "localStories.list.title");
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/staff/stories">) {
  const { locale } = await params;
  setPageLocale(locale);
  const { saved } = await searchParams;
  return <LocalStoriesPage locale={locale} saved={typeof saved === "string" ? saved : undefined} />;
}
