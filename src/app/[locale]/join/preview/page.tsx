import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StudentPreviewPage } from "@/features/classroom/components/preview-page";
import { isLocale } from "@/i18n/locales";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/join/preview">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "classroom.preview" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function StudentPreviewRoute({
  params,
  searchParams,
}: PageProps<"/[locale]/join/preview">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <StudentPreviewPage locale={locale} stories={(await searchParams).stories} />;
}
