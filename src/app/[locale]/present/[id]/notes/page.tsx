import { NotesPage } from "@/features/classroom/components/present-pages";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/present/[id]/notes">) {
  return staffMetadata((await params).locale, "classroom.present.notes");
}

export default async function Page({ params }: PageProps<"/[locale]/present/[id]/notes">) {
  const { locale, id } = await params;
  setPageLocale(locale);
  return <NotesPage locale={locale} id={id} />;
}
