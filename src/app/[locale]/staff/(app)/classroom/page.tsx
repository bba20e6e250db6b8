import { ClassroomPage } from "@/features/classroom/components/classroom-page";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/classroom">) {
  return staffMetadata((await params).locale, "classroom.staff.title");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/classroom">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <ClassroomPage locale={locale} />;
}
