import { SharedRoundsPage } from "@/features/network/components/shared-rounds-page";
import { staffMetadata } from "@/features/access/server";
import { pageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/network/rounds">) {
  return staffMetadata((await params).locale, "network.shared.title");
}

export default async function Page({
  params,
  searchParams,
}: PageProps<"/[locale]/staff/network/rounds">) {
  const locale = await pageLocale(params);
  return <SharedRoundsPage locale={locale} searchParams={await searchParams} />;
}
