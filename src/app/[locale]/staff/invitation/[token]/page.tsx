import { InvitationPage } from "@/features/staff/components/invitation-page";
import { staffMetadata } from "@/features/staff/server";
import { setPageLocale } from "@/i18n/page-locale";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/staff/invitation/[token]">) {
  return staffMetadata((await params).locale, "staffAuth.invitation.pageTitle");
}

export default async function Page({ params }: PageProps<"/[locale]/staff/invitation/[token]">) {
  const { locale, token } = await params;
  setPageLocale(locale);
  return <InvitationPage token={token} />;
}
