import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { JoinSessionPage } from "@/features/classroom/components/join-session-page";
import { isLocale } from "@/i18n/locales";
import { setPageLocale } from "@/i18n/page-locale";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/join/[code]">): Promise<Metadata> {
  const { locale } = await params;
  setPageLocale(locale);
  const t = await getTranslations({ locale, namespace: "classroomJoin" });
  // A session's link is for the students in the room, not for search engines.
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function JoinSessionRoute({ params }: PageProps<"/[locale]/join/[code]">) {
  const { locale, code } = await params;
  if (!isLocale(locale)) notFound();
  setPageLocale(locale);
  return <JoinSessionPage code={code} locale={locale} />;
}
