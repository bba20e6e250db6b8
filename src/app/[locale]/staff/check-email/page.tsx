import { CheckEmailPage } from "@/features/access/components/notice-pages";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/check-email">) {
  return staffMetadata((await params).locale, "staffAuth.checkEmail.title");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/check-email">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <CheckEmailPage />;
}
