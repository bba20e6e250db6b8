import { NewGroupPage } from "@/features/staff/components/group-pages";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/groups/new">) {
  return staffMetadata((await params).locale, "staffGroups.createTitle");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/groups/new">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <NewGroupPage locale={locale} />;
}
