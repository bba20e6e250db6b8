import { setRequestLocale } from "next-intl/server";
import { NewGroupPage } from "@/features/staff/components/group-pages";
import { staffMetadata } from "@/features/staff/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/groups/new">) {
  return staffMetadata((await params).locale, "staffGroups.createTitle");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/groups/new">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <NewGroupPage locale={locale} />;
}
