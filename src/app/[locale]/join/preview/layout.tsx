import { JOIN_PREVIEW_CLIENT_NAMESPACES } from "@/features/classroom/client-namespaces";
import { ClientMessages } from "@/i18n/client-messages";

/** Sends the browser only the messages these pages' client components read. */
export default async function JoinPreviewLayout({
  children,
  params,
}: LayoutProps<"/[locale]/join/preview">) {
  return (
    <ClientMessages locale={(await params).locale} namespaces={JOIN_PREVIEW_CLIENT_NAMESPACES}>
      {children}
    </ClientMessages>
  );
}
