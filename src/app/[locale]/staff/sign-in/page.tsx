import { setRequestLocale } from "next-intl/server";
import { SignInPage } from "@/features/staff/components/sign-in-page";
import { staffMetadata } from "@/features/staff/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/sign-in">) {
  return staffMetadata((await params).locale, "staffAuth.signIn.title");
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/staff/sign-in">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <SignInPage locale={locale} searchParams={await searchParams} />;
}
