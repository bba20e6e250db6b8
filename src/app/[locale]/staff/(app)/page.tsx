import { setRequestLocale } from "next-intl/server";
import { StaffHome } from "@/features/staff/components/staff-home";
import { staffMetadata } from "@/features/staff/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff">) {
  return staffMetadata((await params).locale, "staff.nav.home");
}

export default async function Page({ params }: PageProps<"/[locale]/staff">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <StaffHome locale={locale} />;
}
