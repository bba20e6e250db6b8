import { SURVEY_CLIENT_NAMESPACES } from "@/features/survey/client-namespaces";
import { ClientMessages } from "@/i18n/client-messages";

/** Sends the browser only the messages these pages' client components read. */
export default async function SurveyLayout({ children, params }: LayoutProps<"/[locale]/s">) {
  return (
    <ClientMessages locale={(await params).locale} namespaces={SURVEY_CLIENT_NAMESPACES}>
      {children}
    </ClientMessages>
  );
}
