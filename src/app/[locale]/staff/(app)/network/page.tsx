import { NetworkPage } from "@/features/network/components/network-page";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/network">) {
  return staffMetadata((await params).locale, "network.nav.title");
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/staff/network">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <NetworkPage locale={locale} searchParams={await searchParams} />;
}
