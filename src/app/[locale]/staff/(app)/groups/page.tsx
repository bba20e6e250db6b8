import { firstParam } from "@/lib/search-params";
import { GroupsPage } from "@/features/staff/components/groups-page";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/groups">) {
  return staffMetadata((await params).locale, "staffGroups.title");
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/staff/groups">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <GroupsPage locale={locale} notice={firstParam((await searchParams).notice)} />;
}
