import { ForgotPasswordPage } from "@/features/staff/components/password-pages";
import { staffMetadata } from "@/features/staff/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/forgot-password">) {
  return staffMetadata((await params).locale, "staffAuth.forgot.title");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/forgot-password">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <ForgotPasswordPage />;
}
