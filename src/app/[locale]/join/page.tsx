import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { JoinCodePage } from "@/features/classroom/components/join-message";
import { normaliseRoundCode } from "@/features/survey";
import { pageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/join">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "classroomJoin" });
  return { title: t("metaTitle") };
}

// ?code= is the code form sent without JavaScript: on to the session's page.
export default async function JoinRoute({ params, searchParams }: PageProps<"/[locale]/join">) {
  const locale = await pageLocale(params);
  const { code } = await searchParams;
  const typed = typeof code === "string" ? normaliseRoundCode(code.slice(0, 40)) : "";
  if (typed) redirect(`/${locale}/join/${encodeURIComponent(typed)}`);
  return <JoinCodePage />;
}
