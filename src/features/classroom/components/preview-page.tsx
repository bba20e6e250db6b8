// "Try it as a student": the phone screens of a session for a staff member whose browser
// carries a preview (set by the classroom page). The pathway's banner is in ./preview-banner.
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui";
import { pathwayPageData } from "@/features/pathway/server";
import { toStoryView } from "@/features/stories";
import { sessionStorySlugs, storiesOfSession } from "@/features/stories/server";
import type { Locale } from "@/i18n/locales";
import { studentPreviewSchool } from "@/lib/participant";
import { leaveStudentPreview } from "../actions/student-preview";
import { MAX_SESSION_STORIES } from "../schemas";
import { PreviewPhone } from "./preview-phone";

/** Two stories fit the reading step; a preview without a choice shows the first two. */
const DEFAULT_STORIES = 2;

async function previewStories(school: string, requested: unknown, locale: Locale) {
  const known = await sessionStorySlugs(school);
  const asked =
    typeof requested === "string"
      ? requested
          .slice(0, 1000)
          .split(",")
          .filter((s) => known.includes(s))
      : [];
  const slugs = (asked.length ? asked : known.slice(0, DEFAULT_STORIES)).slice(
    0,
    MAX_SESSION_STORIES,
  );
  return (await storiesOfSession(school, slugs, locale)).map(toStoryView);
}

/** /{locale}/join/preview: the phone's screens, stepped by the teacher, nothing sent. */
export async function StudentPreviewPage({
  locale,
  stories,
}: {
  locale: Locale;
  stories: unknown;
}) {
  const school = await studentPreviewSchool();
  if (!school) {
    const t = await getTranslations("classroom.preview");
    return (
      <div className="mx-auto flex w-full max-w-xl flex-col gap-6 px-4 py-10">
        <h1 className="text-3xl font-bold leading-tight">{t("overTitle")}</h1>
        <p className="text-lg">{t("overText")}</p>
        <LinkButton href="/staff/classroom" variant="secondary" className="self-start">
          {t("backToClassroom")}
        </LinkButton>
      </div>
    );
  }
  const { help } = await pathwayPageData(locale, undefined);
  return (
    <PreviewPhone
      locale={locale}
      stories={await previewStories(school, stories, locale)}
      help={help}
      leave={leaveStudentPreview}
    />
  );
}
