import { ForgotPasswordPage } from "@/features/access/components/password-pages";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/forgot-password">) {
  return staffMetadata((await params).locale, "staffAuth.forgot.title");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/forgot-password">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <ForgotPasswordPage />;
}
