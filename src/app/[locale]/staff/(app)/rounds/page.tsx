import { staffMetadata } from "@/features/staff";
import { StaffRoundsPage } from "@/features/survey/components/staff-rounds/staff-rounds-page";
import type { Locale } from "@/i18n/locales";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/rounds">) {
  return staffMetadata((await params).locale, "staffRounds.title");
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/staff/rounds">) {
  const { locale } = await params;
  setPageLocale(locale);
  const notice = (await searchParams).notice;
  return (
    <StaffRoundsPage
      locale={locale as Locale}
      notice={typeof notice === "string" ? notice : undefined}
    />
  );
}
