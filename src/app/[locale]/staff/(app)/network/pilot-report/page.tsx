import { PilotReportPage } from "@/features/network/components/pilot-report-page";
import { staffMetadata } from "@/features/access/server";
import { firstParam } from "@/lib/search-params";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/staff/network/pilot-report">) {
  return staffMetadata((await params).locale, "network.pilot.name");
}

export default async function Page({
  params,
  searchParams,
}: PageProps<"/[locale]/staff/network/pilot-report">) {
  const { locale } = await params;
  setPageLocale(locale);
  const networkId = firstParam((await searchParams).network);
  return <PilotReportPage locale={locale} networkId={networkId} />;
}
