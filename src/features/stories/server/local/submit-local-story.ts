import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/access/server";
import { recordAudit } from "@/features/audit/server";
import { assertPublishable } from "./local-story-problems";
import { factsOf, findForDecision, inInstitution, wrongStatus } from "./local-story-scope";

/** Sends a draft (or a story sent back) to a colleague for review, once it passes every check. */
export async function submitLocalStory(ctx: StaffContext, id: string): Promise<void> {
  authorize(ctx, "stories:write");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const story = await findForDecision(tx, ctx, id);
    if (story.status !== "DRAFT" && story.status !== "SENT_BACK")
      throw wrongStatus("The story is already in review or published.");
    assertPublishable(story.sourceLocale, factsOf(story), story.texts);
    const updated = await tx.localStory.updateMany({
      where: { ...inInstitution(ctx.institutionId, id), status: story.status },
      data: { status: "IN_REVIEW" },
    });
    if (updated.count !== 1) throw wrongStatus("The story changed meanwhile.");
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "local_story_submitted",
      targetType: "local_story",
      targetId: id,
    });
  });
}
