import { setRequestLocale } from "next-intl/server";
import { ModerationPage } from "@/features/moderation/components/moderation-page";
import { staffMetadata } from "@/features/staff/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/moderation">) {
  return staffMetadata((await params).locale, "moderation.title");
}

export default async function Page({
  params,
  searchParams,
}: PageProps<"/[locale]/staff/moderation">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const notice = (await searchParams).notice;
  return (
    <ModerationPage locale={locale} notice={typeof notice === "string" ? notice : undefined} />
  );
}
