import { setRequestLocale } from "next-intl/server";
import { AuthErrorPage } from "@/features/staff/components/notice-pages";
import { firstParam } from "@/features/staff";
import { staffMetadata } from "@/features/staff/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/auth-error">) {
  return staffMetadata((await params).locale, "staffAuth.authError.title");
}

export default async function Page({
  params,
  searchParams,
}: PageProps<"/[locale]/staff/auth-error">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <AuthErrorPage error={firstParam((await searchParams).error)} />;
}
