import { StaffHome } from "@/features/access/components/staff-home";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff">) {
  return staffMetadata((await params).locale, "staff.nav.home");
}

export default async function Page({ params }: PageProps<"/[locale]/staff">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <StaffHome locale={locale} />;
}
