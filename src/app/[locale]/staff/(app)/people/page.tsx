import { PeoplePage } from "@/features/staff/components/people-page";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/people">) {
  return staffMetadata((await params).locale, "staffPeople.title");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/people">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <PeoplePage locale={locale} />;
}
