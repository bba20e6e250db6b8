import { setRequestLocale } from "next-intl/server";
import { NetworkPage } from "@/features/network/components/network-page";
import { staffMetadata } from "@/features/staff/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/network">) {
  return staffMetadata((await params).locale, "network.nav.title");
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/staff/network">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <NetworkPage locale={locale} searchParams={await searchParams} />;
}
