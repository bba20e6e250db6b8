import { ResetPasswordPage } from "@/features/access/components/password-pages";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/staff/reset-password/[token]">) {
  return staffMetadata((await params).locale, "staffAuth.reset.title");
}

export default async function Page({
  params,
}: PageProps<"/[locale]/staff/reset-password/[token]">) {
  const { locale, token } = await params;
  setPageLocale(locale);
  return <ResetPasswordPage token={token} />;
}
