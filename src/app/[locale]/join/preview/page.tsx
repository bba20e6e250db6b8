import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StudentPreviewPage } from "@/features/classroom/components/preview-page";
import { pageLocale } from "@/i18n/page-locale";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/join/preview">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "classroom.preview" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function StudentPreviewRoute({
  params,
  searchParams,
}: PageProps<"/[locale]/join/preview">) {
  const locale = await pageLocale(params);
  return <StudentPreviewPage locale={locale} stories={(await searchParams).stories} />;
}
