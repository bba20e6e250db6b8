import { setRequestLocale } from "next-intl/server";
import { PeoplePage } from "@/features/staff/components/people-page";
import { staffMetadata } from "@/features/staff/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/people">) {
  return staffMetadata((await params).locale, "staffPeople.title");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/people">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <PeoplePage locale={locale} />;
}
