import { TeacherGuide } from "@/features/classroom/components/teacher-guide";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/classroom/guide">) {
  return staffMetadata((await params).locale, "classroom.guide.title");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/classroom/guide">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <TeacherGuide locale={locale} />;
}
