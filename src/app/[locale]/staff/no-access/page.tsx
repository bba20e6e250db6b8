import { NoAccessPage } from "@/features/access/components/notice-pages";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/no-access">) {
  return staffMetadata((await params).locale, "staff.noAccess.title");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/no-access">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <NoAccessPage />;
}
