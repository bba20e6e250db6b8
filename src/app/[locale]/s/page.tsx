import type { Metadata } from "next";
import { StudentRoundApp } from "@/features/survey/components/student-round-app";
import { defaultSurveyDefinition, localiseSurvey } from "@/features/survey/server";
import { pageLocale } from "@/i18n/page-locale";

// Every round's page, /{locale}/s/{code}, is this one (next.config.ts rewrites to it):
// prerendered per locale and served without the proxy (src/lib/security/proxy-free-pages.ts),
// since a whole year group opens it in the same minutes. The round itself, and whether this
// device answered it, the page reads from /api/v1/rounds/{code}.
export const dynamic = "error";

export async function generateMetadata({ params }: PageProps<"/[locale]/s">): Promise<Metadata> {
  const locale = await pageLocale(params);
  return {
    title: defaultSurveyDefinition().title[locale],
    // A round's link is for its students, not for search engines.
    robots: { index: false, follow: false },
  };
}

export default async function SurveyRound({ params }: PageProps<"/[locale]/s">) {
  const locale = await pageLocale(params);
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-6 sm:py-10">
      <StudentRoundApp locale={locale} survey={localiseSurvey(defaultSurveyDefinition(), locale)} />
    </div>
  );
}
