import { AuditPage } from "@/features/staff/components/audit-page";
import { firstParam } from "@/lib/search-params";
import { staffMetadata } from "@/features/access/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/audit">) {
  return staffMetadata((await params).locale, "staffAudit.title");
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/staff/audit">) {
  const { locale } = await params;
  setPageLocale(locale);
  return <AuditPage locale={locale} before={firstParam((await searchParams).before)} />;
}
