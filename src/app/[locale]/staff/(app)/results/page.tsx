import { ResultsPage } from "@/features/dashboard/components/results-page";
import { staffMetadata } from "@/features/staff";
import { defaultLocale, isLocale } from "@/i18n/locales";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/results">) {
  return staffMetadata((await params).locale, "dashboard.page.title");
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/staff/results">) {
  const { locale } = await params;
  setPageLocale(locale);
  return (
    <ResultsPage locale={isLocale(locale) ? locale : defaultLocale} search={await searchParams} />
  );
}
