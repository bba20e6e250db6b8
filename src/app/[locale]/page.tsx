import { setRequestLocale } from "next-intl/server";
import { LandingPage } from "@/features/landing/components/landing-page";

export default async function Home({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <LandingPage />;
}
