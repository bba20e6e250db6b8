import { STAFF_CLIENT_NAMESPACES } from "@/features/access/client-namespaces";
import { ClientMessages } from "@/i18n/client-messages";

/** Sends the browser only the messages these pages' client components read. */
export default async function StaffLayout({ children, params }: LayoutProps<"/[locale]/staff">) {
  return (
    <ClientMessages locale={(await params).locale} namespaces={STAFF_CLIENT_NAMESPACES}>
      {children}
    </ClientMessages>
  );
}
