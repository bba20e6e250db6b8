import { STORIES_CLIENT_NAMESPACES } from "@/features/stories/client-namespaces";
import { ClientMessages } from "@/i18n/client-messages";

/** Sends the browser only the messages these pages' client components read. */
export default async function StoriesLayout({
  children,
  params,
}: LayoutProps<"/[locale]/stories">) {
  return (
    <ClientMessages locale={(await params).locale} namespaces={STORIES_CLIENT_NAMESPACES}>
      {children}
    </ClientMessages>
  );
}
