import { setRequestLocale } from "next-intl/server";
import { ForgotPasswordPage } from "@/features/staff/components/password-pages";
import { staffMetadata } from "@/features/staff/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/forgot-password">) {
  return staffMetadata((await params).locale, "staffAuth.forgot.title");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/forgot-password">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ForgotPasswordPage />;
}
