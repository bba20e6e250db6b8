import { AdoptSection } from "@/features/network/components/adopt-section";
import { staffMetadata } from "@/features/access/server";
import { StaffRoundsPage } from "@/features/survey/components/staff-rounds/staff-rounds-page";
import { pageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/rounds">) {
  return staffMetadata((await params).locale, "staffRounds.title");
}

// The network's shared rounds sit on the school's rounds page; the two features meet here.
export default async function Page({ params, searchParams }: PageProps<"/[locale]/staff/rounds">) {
  const locale = await pageLocale(params);
  const { notice, shared } = await searchParams;
  return (
    <StaffRoundsPage
      locale={locale}
      notice={typeof notice === "string" ? notice : undefined}
      shared={
        <AdoptSection locale={locale} outcome={typeof shared === "string" ? shared : undefined} />
      }
    />
  );
}
