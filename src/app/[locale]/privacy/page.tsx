import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrivacyPage } from "@/features/privacy";
import { findPrivacySchools } from "@/features/privacy/server";
import { currentDeviceKey } from "@/lib/participant";
import { setPageLocale } from "@/i18n/page-locale";

// Rendered per request: the school's contact comes from the survey link (?from=) or from
// this device's cookie. Only this page reads them; the landing and story pages stay static.
export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/privacy">): Promise<Metadata> {
  const { locale } = await params;
  setPageLocale(locale);
  const t = await getTranslations({ locale, namespace: "privacy" });
  return { title: t("metaTitle") };
}

export default async function Privacy({ params, searchParams }: PageProps<"/[locale]/privacy">) {
  const { locale } = await params;
  setPageLocale(locale);
  const from = (await searchParams).from;
  const schools = await findPrivacySchools({
    roundCode: typeof from === "string" ? from : undefined,
    deviceKey: await currentDeviceKey(),
  });
  return <PrivacyPage schools={schools} />;
}
