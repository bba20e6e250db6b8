import { setRequestLocale } from "next-intl/server";
import { RetentionPreviewCard } from "@/features/retention/server";
import { SettingsPage } from "@/features/staff/components/settings-page";
import { staffMetadata } from "@/features/staff/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/settings">) {
  return staffMetadata((await params).locale, "staffSettings.title");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/settings">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <SettingsPage locale={locale}>
      <RetentionPreviewCard locale={locale} />
    </SettingsPage>
  );
}
