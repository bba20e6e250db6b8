import { getFormatter, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui";
import { holds, PageHeading, StaffPage } from "@/features/access";
import { requireStaff } from "@/features/access/server";
import { Link } from "@/i18n/navigation";
import { isLocale, localeNames, type Locale } from "@/i18n/locales";
import { isAppError } from "@/lib/http";
import { notFound } from "next/navigation";
import { getLocalStory } from "../../server/local/get-local-story";
import { listLocalStories } from "../../server/local/list-local-stories";
import { listStoryWriters } from "../../server/local/story-writers";
import { LocalStoryEditor, type EditorStory } from "./local-story-editor";
import { ReviewPanel } from "./review-panel";
import { StoryWritersForm } from "./story-writers-form";

const SAVED = ["saved", "submitted", "COMMENT", "APPROVE", "SEND_BACK"] as const;

/**
 * The school's own stories, with their status and languages; for those who review them, which
 * teachers may write them too.
 */
export async function LocalStoriesPage({ locale, saved }: { locale: string; saved?: string }) {
  const ctx = await requireStaff(locale, "stories:write", `/${locale}/staff/stories`);
  const t = await getTranslations("localStories");
  const format = await getFormatter();
  const [stories, writers] = await Promise.all([
    listLocalStories(ctx, locale),
    holds(ctx, "stories:review") ? listStoryWriters(ctx) : undefined,
  ]);
  return (
    <StaffPage>
      <PageHeading
        title={t("list.title")}
        intro={t("list.intro")}
        action={<LinkButton href="/staff/stories/new">{t("list.new")}</LinkButton>}
      />
      {stories.length === 0 ? (
        <p className="text-muted">{t("list.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {stories.map((story) => (
            <li key={story.id} className="rounded-2xl border-2 border-line p-4">
              <Link href={`/staff/stories/${story.id}`} className="text-lg font-bold">
                {story.title || t("list.untitled")}
              </Link>
              <p className="text-sm text-muted">
                {t("list.meta", {
                  status: t(`status.${story.status}`),
                  languages: story.locales
                    .map((l) => (isLocale(l) ? localeNames[l] : l))
                    .join(", "),
                  author: story.mine ? t("list.you") : (story.authorName ?? "—"),
                  day: format.dateTime(story.updatedAt, { dateStyle: "medium" }),
                })}
              </p>
              {story.outdated.length ? (
                <p className="text-sm font-bold">
                  {t("list.outdated", {
                    languages: story.outdated
                      .map((l) => (isLocale(l) ? localeNames[l] : l))
                      .join(", "),
                  })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {writers ? <StoryWritersForm writers={writers} saved={saved === "writers"} /> : null}
    </StaffPage>
  );
}

/** A new story (no id) or an existing one: the guided editor, the reviews, and the review form. */
export async function LocalStoryPage({
  locale,
  id,
  saved,
}: {
  locale: string;
  id?: string;
  saved?: string;
}) {
  const path = `/${locale}/staff/stories/${id ?? "new"}`;
  const ctx = await requireStaff(locale, "stories:write", path);
  const t = await getTranslations("localStories");
  const detail = id
    ? await getLocalStory(ctx, id).catch((error: unknown) => {
        if (isAppError(error) && error.code === "not_found") notFound();
        throw error;
      })
    : undefined;
  const story: EditorStory = detail
    ? {
        ...detail,
        sourceLocale: (isLocale(detail.sourceLocale) ? detail.sourceLocale : "en") as Locale,
      }
    : {
        sourceLocale: (isLocale(locale) ? locale : "en") as Locale,
        speakerName: "",
        speakerAge: 17,
        programme: "",
        tags: [],
        nameConsent: false,
        properNouns: [],
        texts: [],
      };
  const editable = !detail || detail.status === "DRAFT" || detail.status === "SENT_BACK";
  const shownSaved = SAVED.find((s) => s === saved);
  return (
    <StaffPage>
      <PageHeading
        title={detail ? t("editTitle") : t("newTitle")}
        intro={detail ? t("statusLine", { status: t(`status.${detail.status}`) }) : t("intro")}
      />
      {shownSaved ? (
        <p role="status" className="rounded-xl bg-brand-soft px-4 py-3 font-bold">
          {t(`saved.${shownSaved}`)}
        </p>
      ) : null}
      {detail?.reviews.length ? (
        <section aria-labelledby="reviews-heading" className="flex flex-col gap-2">
          <h2 id="reviews-heading" className="text-xl font-bold">
            {t("review.history")}
          </h2>
          <ul className="flex flex-col gap-2">
            {detail.reviews.map((r) => (
              <li key={r.id} className="rounded-xl bg-brand-soft px-4 py-2">
                <p className="font-bold">
                  {t("review.by", {
                    reviewer: r.reviewer ?? "—",
                    decision: t(`review.decisions.${r.decision}`),
                  })}
                </p>
                {r.comment ? <p className="whitespace-pre-line">{r.comment}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {detail?.status === "IN_REVIEW" ? (
        detail.mine ? (
          <p className="rounded-xl bg-accent-soft px-4 py-3">{t("review.ownStory")}</p>
        ) : (
          <ReviewPanel storyId={detail.id} />
        )
      ) : null}
      <LocalStoryEditor story={story} editable={editable} />
    </StaffPage>
  );
}
