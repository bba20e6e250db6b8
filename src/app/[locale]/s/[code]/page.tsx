import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import {
  StudentRoundPage,
  studentRoundTitle,
} from "@/features/survey/components/student-round-page";
import type { Locale } from "@/i18n/locales";
import { setPageLocale } from "@/i18n/page-locale";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/s/[code]">): Promise<Metadata> {
  const { locale, code } = await params;
  setPageLocale(locale);
  const t = await getTranslations({ locale, namespace: "survey" });
  const title = await studentRoundTitle(code, locale as Locale);
  // A round's link is for its students, not for search engines.
  return { title: title ?? t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function SurveyRound({ params }: PageProps<"/[locale]/s/[code]">) {
  const { locale, code } = await params;
  setPageLocale(locale);
  return <StudentRoundPage code={code} locale={locale as Locale} />;
}
