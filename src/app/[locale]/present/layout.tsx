import { PRESENT_CLIENT_NAMESPACES } from "@/features/classroom/client-namespaces";
import { ClientMessages } from "@/i18n/client-messages";

/** Sends the browser only the messages these pages' client components read. */
export default async function PresentLayout({
  children,
  params,
}: LayoutProps<"/[locale]/present">) {
  return (
    <ClientMessages locale={(await params).locale} namespaces={PRESENT_CLIENT_NAMESPACES}>
      {children}
    </ClientMessages>
  );
}
