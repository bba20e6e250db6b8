import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import {
  StudentRoundPage,
  studentRoundTitle,
} from "@/features/survey/components/student-round-page";
import { pageLocale } from "@/i18n/page-locale";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/s/[code]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { code } = await params;
  const t = await getTranslations({ locale, namespace: "survey" });
  const title = await studentRoundTitle(code, locale);
  // A round's link is for its students, not for search engines.
  return { title: title ?? t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function SurveyRound({ params }: PageProps<"/[locale]/s/[code]">) {
  const locale = await pageLocale(params);
  const { code } = await params;
  return <StudentRoundPage code={code} locale={locale} />;
}
