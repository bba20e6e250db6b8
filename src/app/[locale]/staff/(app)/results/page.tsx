import { ResultsPage } from "@/features/dashboard/components/results-page";
import { staffMetadata } from "@/features/access/server";
import { pageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/results">) {
  return staffMetadata((await params).locale, "dashboard.page.title");
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/staff/results">) {
  const locale = await pageLocale(params);
  return <ResultsPage locale={locale} search={await searchParams} />;
}
