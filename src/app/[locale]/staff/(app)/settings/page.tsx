import { SchoolNetworks } from "@/features/network/components/school-networks";
import { RetentionPreviewCard } from "@/features/retention/server";
import { SettingsPage } from "@/features/staff/components/settings-page";
import { staffMetadata } from "@/features/access/server";
import { firstParam } from "@/lib/search-params";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/settings">) {
  return staffMetadata((await params).locale, "staffSettings.title");
}

export default async function Page({
  params,
  searchParams,
}: PageProps<"/[locale]/staff/settings">) {
  const { locale } = await params;
  setPageLocale(locale);
  const outcome = firstParam((await searchParams).network);
  return (
    <SettingsPage locale={locale}>
      <RetentionPreviewCard locale={locale} />
      <SchoolNetworks locale={locale} outcome={outcome} />
    </SettingsPage>
  );
}
