import { setRequestLocale } from "next-intl/server";
import { CheckEmailPage } from "@/features/staff/components/notice-pages";
import { staffMetadata } from "@/features/staff/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/check-email">) {
  return staffMetadata((await params).locale, "staffAuth.checkEmail.title");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/check-email">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <CheckEmailPage />;
}
