import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { StudentPreviewBanner } from "@/features/classroom/components/preview-banner";
import { PathwayApp } from "@/features/pathway";
import { pathwayPageData } from "@/features/pathway/server";
import { pageLocale } from "@/i18n/page-locale";
import { clientKey } from "@/lib/http";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/pathway">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "pathway" });
  return { title: t("metaTitle") };
}

// Per request: the student's school (?from=<code>, or the one this device remembers) decides
// whose help contacts the page shows, and whether the school's code is asked first.
export default async function PathwayRoute({
  params,
  searchParams,
}: PageProps<"/[locale]/pathway">) {
  const locale = await pageLocale(params);
  const { from } = await searchParams;
  const client = clientKey({ headers: await headers() });
  const data = await pathwayPageData(locale, { code: from, client });
  return (
    <>
      <StudentPreviewBanner />
      <PathwayApp locale={locale} requestedRound={typeof from === "string"} {...data} />
    </>
  );
}
