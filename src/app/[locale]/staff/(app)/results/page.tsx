import { setRequestLocale } from "next-intl/server";
import { ResultsPage } from "@/features/dashboard/components/results-page";
import { staffMetadata } from "@/features/staff/server";
import { defaultLocale, isLocale } from "@/i18n/locales";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/results">) {
  return staffMetadata((await params).locale, "dashboard.page.title");
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/staff/results">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <ResultsPage locale={isLocale(locale) ? locale : defaultLocale} search={await searchParams} />
  );
}
