import { AuthErrorPage } from "@/features/access/components/notice-pages";
import { firstParam } from "@/lib/search-params";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/auth-error">) {
  return staffMetadata((await params).locale, "staffAuth.authError.title");
}

export default async function Page({
  params,
  searchParams,
}: PageProps<"/[locale]/staff/auth-error">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <AuthErrorPage error={firstParam((await searchParams).error)} />;
}
