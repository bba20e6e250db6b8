import { ArmsPage } from "@/features/network/components/arms-page";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/rounds/arms">) {
  return staffMetadata((await params).locale, "network.marking.title");
}

export default async function Page({
  params,
  searchParams,
}: PageProps<"/[locale]/staff/rounds/arms">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <ArmsPage locale={locale} searchParams={await searchParams} />;
}
