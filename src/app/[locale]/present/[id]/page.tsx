import { ProjectorPage } from "@/features/classroom/components/present-pages";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/present/[id]">) {
  return staffMetadata((await params).locale, "classroom.staff.title");
}

export default async function Page({ params }: PageProps<"/[locale]/present/[id]">) {
  const { locale, id } = await params;
  setPageLocale(locale);
  return <ProjectorPage locale={locale} id={id} />;
}
