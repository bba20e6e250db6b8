import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RoundPoster } from "@/features/survey/components/round-poster";
import type { Locale } from "@/i18n/locales";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/s/[code]/poster">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "survey" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function SurveyRoundPoster({
  params,
}: PageProps<"/[locale]/s/[code]/poster">) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  return <RoundPoster code={code} locale={locale as Locale} />;
}
