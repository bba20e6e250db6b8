import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoundPoster } from "@/features/survey/components/round-poster";
import { pageLocale } from "@/i18n/page-locale";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/s/[code]/poster">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "survey" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function SurveyRoundPoster({
  params,
}: PageProps<"/[locale]/s/[code]/poster">) {
  const locale = await pageLocale(params);
  const { code } = await params;
  return <RoundPoster code={code} locale={locale} />;
}
