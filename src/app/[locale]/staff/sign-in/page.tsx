import { SignInPage } from "@/features/access/components/sign-in-page";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/sign-in">) {
  return staffMetadata((await params).locale, "staffAuth.signIn.title");
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/staff/sign-in">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <SignInPage locale={locale} searchParams={await searchParams} />;
}
