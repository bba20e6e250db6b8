import { setRequestLocale } from "next-intl/server";
import { ClassroomPage } from "@/features/classroom/components/classroom-page";
import { staffMetadata } from "@/features/staff/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/classroom">) {
  return staffMetadata((await params).locale, "classroom.staff.title");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/classroom">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ClassroomPage locale={locale} />;
}
