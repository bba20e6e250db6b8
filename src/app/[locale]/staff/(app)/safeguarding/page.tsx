import { SafeguardingPage } from "@/features/safeguarding/components/safeguarding-page";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/safeguarding">) {
  return staffMetadata((await params).locale, "safeguarding.title");
}

export default async function Page({
  params,
  searchParams,
}: PageProps<"/[locale]/staff/safeguarding">) {
  const { locale } = await params;
  setPageLocale(locale);
  const notice = (await searchParams).notice;
  return (
    <SafeguardingPage locale={locale} notice={typeof notice === "string" ? notice : undefined} />
  );
}
