import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/access/server";
import type { LocalStoryStatus, ReviewDecision } from "@/generated/prisma/client";
import type { LocalStoryFacts } from "../../domain/local-text";
import type { StoredText } from "./local-story-problems";
import { factsOf, inInstitution, storyNotFound, TEXT_FIELDS } from "./local-story-scope";

export interface LocalStoryDetail extends LocalStoryFacts {
  id: string;
  status: LocalStoryStatus;
  sourceLocale: string;
  tags: string[];
  mine: boolean;
  texts: StoredText[];
  reviews: Array<{
    id: string;
    reviewer: string | null;
    comment: string;
    decision: ReviewDecision;
    createdAt: Date;
  }>;
}

/** One of the institution's local stories, with every text and its reviews, for its staff. */
export async function getLocalStory(ctx: StaffContext, id: string): Promise<LocalStoryDetail> {
  authorize(ctx, "stories:write");
  const db = await getDb();
  const story = await db.localStory.findFirst({
    where: inInstitution(ctx.institutionId, id),
    include: {
      texts: { select: TEXT_FIELDS, orderBy: { createdAt: "asc" } },
      reviews: {
        orderBy: { createdAt: "asc" },
        include: { reviewer: { select: { name: true, email: true } } },
      },
    },
  });
  if (!story) throw storyNotFound();
  return {
    ...factsOf(story),
    id: story.id,
    status: story.status,
    sourceLocale: story.sourceLocale,
    tags: story.tags,
    mine: story.authorId === ctx.userId,
    texts: story.texts,
    reviews: story.reviews.map((r) => ({
      id: r.id,
      reviewer: r.reviewer?.name ?? r.reviewer?.email ?? null,
      comment: r.comment,
      decision: r.decision,
      createdAt: r.createdAt,
    })),
  };
}
