import { WallPage } from "@/features/classroom/components/present-pages";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/present/[id]/wall">) {
  return staffMetadata((await params).locale, "classroom.wall.title");
}

export default async function Page({ params }: PageProps<"/[locale]/present/[id]/wall">) {
  const { locale, id } = await params;
  setPageLocale(locale);
  return <WallPage locale={locale} id={id} />;
}
