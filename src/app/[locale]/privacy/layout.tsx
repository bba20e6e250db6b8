import { PRIVACY_CLIENT_NAMESPACES } from "@/features/privacy/client-namespaces";
import { ClientMessages } from "@/i18n/client-messages";

/** Sends the browser only the messages these pages' client components read. */
export default async function PrivacyLayout({
  children,
  params,
}: LayoutProps<"/[locale]/privacy">) {
  return (
    <ClientMessages locale={(await params).locale} namespaces={PRIVACY_CLIENT_NAMESPACES}>
      {children}
    </ClientMessages>
  );
}
