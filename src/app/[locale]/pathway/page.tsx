import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StudentPreviewBanner } from "@/features/classroom/components/preview-banner";
import { PathwayApp } from "@/features/pathway";
import { pathwayShell } from "@/features/pathway/server";
import { pageLocale } from "@/i18n/page-locale";

// Prerendered per locale and served without the proxy (src/lib/security/proxy-free-pages.ts):
// a whole class opens it in the same minutes. What depends on the student (their school from
// ?from= or this device, its help and stories) the page reads from /api/v1/pathway.
export const dynamic = "error";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/pathway">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "pathway" });
  return { title: t("metaTitle") };
}

export default async function PathwayRoute({ params }: PageProps<"/[locale]/pathway">) {
  const locale = await pageLocale(params);
  return (
    <PathwayApp
      locale={locale}
      {...pathwayShell(locale)}
      previewBanner={<StudentPreviewBanner />}
    />
  );
}
