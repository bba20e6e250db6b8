import { setRequestLocale } from "next-intl/server";
import { ArmsPage } from "@/features/network/components/arms-page";
import { staffMetadata } from "@/features/staff/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/rounds/arms">) {
  return staffMetadata((await params).locale, "network.marking.title");
}

export default async function Page({
  params,
  searchParams,
}: PageProps<"/[locale]/staff/rounds/arms">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ArmsPage locale={locale} searchParams={await searchParams} />;
}
