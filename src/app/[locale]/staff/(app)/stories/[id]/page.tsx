import { LocalStoryPage } from "@/features/stories/components/local/local-story-pages";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/stories/[id]">) {
  return staffMetadata((await params).locale, "localStories.editTitle");
}

export default async function Page({
  params,
  searchParams,
}: PageProps<"/[locale]/staff/stories/[id]">) {
  const { locale, id } = await params;
  setPageLocale(locale);
  const { saved } = await searchParams;
  return (
    <LocalStoryPage locale={locale} id={id} saved={typeof saved === "string" ? saved : undefined} />
  );
}
