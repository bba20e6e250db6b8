import { setRequestLocale } from "next-intl/server";
import { firstParam } from "@/features/staff";
import { GroupsPage } from "@/features/staff/components/groups-page";
import { staffMetadata } from "@/features/staff/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/groups">) {
  return staffMetadata((await params).locale, "staffGroups.title");
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/staff/groups">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <GroupsPage locale={locale} notice={firstParam((await searchParams).notice)} />;
}
