import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/access/server";
import type { LocalStoryStatus } from "@/generated/prisma/client";

export interface LocalStoryListItem {
  id: string;
  status: LocalStoryStatus;
  title: string;
  speakerName: string;
  locales: string[];
  /** Locales whose text is older than the source text. */
  outdated: string[];
  authorName: string | null;
  mine: boolean;
  updatedAt: Date;
}

/** The institution's local stories for its staff, newest first, titled in the given locale. */
export async function listLocalStories(
  ctx: StaffContext,
  locale: string,
): Promise<LocalStoryListItem[]> {
  authorize(ctx, "stories:write");
  const db = await getDb();
  const stories = await db.localStory.findMany({
    where: { institutionId: ctx.institutionId },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: {
      id: true,
      status: true,
      speakerName: true,
      sourceLocale: true,
      authorId: true,
      updatedAt: true,
      author: { select: { name: true, email: true } },
      texts: { select: { locale: true, title: true, needsUpdate: true } },
    },
  });
  return stories.map((story) => {
    const shown =
      story.texts.find((t) => t.locale === locale) ??
      story.texts.find((t) => t.locale === story.sourceLocale) ??
      story.texts[0];
    return {
      id: story.id,
      status: story.status,
      title: shown?.title ?? "",
      speakerName: story.speakerName,
      locales: story.texts.map((t) => t.locale),
      outdated: story.texts.filter((t) => t.needsUpdate).map((t) => t.locale),
      authorName: story.author?.name ?? story.author?.email ?? null,
      mine: story.authorId === ctx.userId,
      updatedAt: story.updatedAt,
    };
  });
}
