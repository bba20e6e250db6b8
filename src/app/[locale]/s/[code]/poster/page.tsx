import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoundPoster } from "@/features/survey/components/round-poster";
import type { Locale } from "@/i18n/locales";
import { setPageLocale } from "@/i18n/page-locale";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/s/[code]/poster">): Promise<Metadata> {
  const { locale } = await params;
  setPageLocale(locale);
  const t = await getTranslations({ locale, namespace: "survey" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function SurveyRoundPoster({
  params,
}: PageProps<"/[locale]/s/[code]/poster">) {
  const { locale, code } = await params;
  setPageLocale(locale);
  return <RoundPoster code={code} locale={locale as Locale} />;
}
