import { GroupPage } from "@/features/staff/components/group-pages";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/groups/[id]">) {
  return staffMetadata((await params).locale, "staffGroups.title");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/groups/[id]">) {
  const { locale, id } = await params;
  setPageLocale(locale);
  return <GroupPage locale={locale} groupId={id} />;
}
