import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JoinSessionPage } from "@/features/classroom/components/join-session-page";
import { pageLocale } from "@/i18n/page-locale";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/join/[code]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "classroomJoin" });
  // A session's link is for the students in the room, not for search engines.
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function JoinSessionRoute({ params }: PageProps<"/[locale]/join/[code]">) {
  const locale = await pageLocale(params);
  const { code } = await params;
  return <JoinSessionPage code={code} locale={locale} />;
}
