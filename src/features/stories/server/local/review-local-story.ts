import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/access/server";
import { recordAudit } from "@/features/audit/server";
import { AppError } from "@/lib/http";
import { reviewLocalStorySchema, type ReviewLocalStoryInput } from "../../local-schemas";
import { assertPublishable } from "./local-story-problems";
import { factsOf, findForDecision, inInstitution, wrongStatus } from "./local-story-scope";

const ACTION = {
  COMMENT: "local_story_commented",
  APPROVE: "local_story_published",
  SEND_BACK: "local_story_sent_back",
} as const;

/**
 * A second staff member's review: a comment, approval (the story is published to this school's
 * students) or sending it back to the author. The author never reviews their own story.
 */
export async function reviewLocalStory(
  ctx: StaffContext,
  input: ReviewLocalStoryInput,
  now: Date = new Date(),
): Promise<void> {
  authorize(ctx, "stories:review");
  const { id, decision, comment } = reviewLocalStorySchema.parse(input);
  if (decision !== "APPROVE" && !comment)
    throw new AppError("validation_failed", "Say what should change.", {
      fields: [{ field: "comment", message: "required" }],
    });
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const story = await findForDecision(tx, ctx, id);
    if (story.authorId === ctx.userId)
      throw new AppError("forbidden", "A colleague who did not write the story reviews it.");
    if (story.status !== "IN_REVIEW") throw wrongStatus("The story is not waiting for review.");
    if (decision === "APPROVE") assertPublishable(story.sourceLocale, factsOf(story), story.texts);
    if (decision !== "COMMENT") {
      const updated = await tx.localStory.updateMany({
        // Still in review in the same statement: of two reviewers at once, one decides.
        where: { ...inInstitution(ctx.institutionId, id), status: "IN_REVIEW" },
        data:
          decision === "APPROVE"
            ? { status: "PUBLISHED", publishedAt: now }
            : { status: "SENT_BACK" },
      });
      if (updated.count !== 1) throw wrongStatus("Another reviewer decided meanwhile.");
    }
    await tx.localStoryReview.create({
      data: { storyId: id, reviewerId: ctx.userId, comment, decision },
    });
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: ACTION[decision],
      targetType: "local_story",
      targetId: id,
    });
  });
}
