import { ModerationPage } from "@/features/moderation/components/moderation-page";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/moderation">) {
  return staffMetadata((await params).locale, "moderation.title");
}

export default async function Page({
  params,
  searchParams,
}: PageProps<"/[locale]/staff/moderation">) {
  const { locale } = await params;
  setPageLocale(locale);
  const notice = (await searchParams).notice;
  return (
    <ModerationPage locale={locale} notice={typeof notice === "string" ? notice : undefined} />
  );
}
