import { PATHWAY_CLIENT_NAMESPACES } from "@/features/pathway/client-namespaces";
import { ClientMessages } from "@/i18n/client-messages";

/** Sends the browser only the messages these pages' client components read. */
export default async function PathwayLayout({
  children,
  params,
}: LayoutProps<"/[locale]/pathway">) {
  return (
    <ClientMessages locale={(await params).locale} namespaces={PATHWAY_CLIENT_NAMESPACES}>
      {children}
    </ClientMessages>
  );
}
