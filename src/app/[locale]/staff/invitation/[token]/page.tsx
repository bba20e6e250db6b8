import { InvitationPage } from "@/features/access/components/invitation-page";
import { staffMetadata } from "@/features/access/server";
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
