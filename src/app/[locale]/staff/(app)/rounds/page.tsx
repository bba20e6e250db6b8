import { staffMetadata } from "@/features/access/server";
import { StaffRoundsPage } from "@/features/survey/components/staff-rounds/staff-rounds-page";
import { pageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/rounds">) {
  return staffMetadata((await params).locale, "staffRounds.title");
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/staff/rounds">) {
  const locale = await pageLocale(params);
  const notice = (await searchParams).notice;
  return (
    <StaffRoundsPage locale={locale} notice={typeof notice === "string" ? notice : undefined} />
  );
}
