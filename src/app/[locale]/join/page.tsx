import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JoinCodePage } from "@/features/classroom/components/join-message";
import { pageLocale } from "@/i18n/page-locale";

// Prerendered per locale and served without the proxy (src/lib/security/proxy-free-pages.ts):
// a whole class opens it in the same minute. The form without JavaScript goes to ./go.
export const dynamic = "error";

export async function generateMetadata({ params }: PageProps<"/[locale]/join">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "classroomJoin" });
  return { title: t("metaTitle") };
}

export default async function JoinRoute({ params }: PageProps<"/[locale]/join">) {
  await pageLocale(params);
  return <JoinCodePage />;
}
