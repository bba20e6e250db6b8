import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/access/server";
import { recordAudit } from "@/features/audit/server";
import { STORY_ELEMENTS, ELEMENT_FIELD } from "../../domain/local-text";
import { saveLocalStorySchema, type SaveLocalStoryInput } from "../../local-schemas";
import { inInstitution, storyNotFound, TEXT_FIELDS, wrongStatus } from "./local-story-scope";

const EDITABLE = ["DRAFT", "SENT_BACK"] as const;
const CONTENT = ["title", "teaser", ...STORY_ELEMENTS.map((e) => ELEMENT_FIELD[e])] as const;

/**
 * Creates a draft, or saves the author's (or a colleague's) changes to one that is not in review
 * or published. Each locale is its own text: when the source locale's text changes, every other
 * locale's text not saved alongside it is marked as needing an update.
 */
export async function saveLocalStory(
  ctx: StaffContext,
  input: SaveLocalStoryInput,
): Promise<{ id: string }> {
  authorize(ctx, "stories:write");
  const { id, texts, ...facts } = saveLocalStorySchema.parse(input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    let storyId = id;
    if (storyId) {
      const story = await tx.localStory.findFirst({
        where: inInstitution(ctx.institutionId, storyId),
        select: { status: true, sourceLocale: true, texts: { select: TEXT_FIELDS } },
      });
      if (!story) throw storyNotFound();
      if (!(EDITABLE as readonly string[]).includes(story.status))
        throw wrongStatus("A story in review or published cannot be changed.");
      const oldSource = story.texts.find((t) => t.locale === facts.sourceLocale);
      const newSource = texts.find((t) => t.locale === facts.sourceLocale);
      const sourceChanged =
        oldSource !== undefined &&
        newSource !== undefined &&
        CONTENT.some((field) => oldSource[field] !== newSource[field]);
      const updated = await tx.localStory.updateMany({
        where: { ...inInstitution(ctx.institutionId, storyId), status: { in: [...EDITABLE] } },
        data: facts,
      });
      if (updated.count !== 1) throw wrongStatus("The story changed meanwhile.");
      if (sourceChanged) {
        await tx.localStoryText.updateMany({
          where: {
            storyId,
            locale: { notIn: texts.map((t) => t.locale) },
          },
          data: { needsUpdate: true },
        });
      }
    } else {
      const created = await tx.localStory.create({
        data: { ...facts, institutionId: ctx.institutionId, authorId: ctx.userId },
        select: { id: true },
      });
      storyId = created.id;
      await recordAudit(tx, {
        institutionId: ctx.institutionId,
        actorId: ctx.userId,
        action: "local_story_created",
        targetType: "local_story",
        targetId: storyId,
      });
    }
    for (const { locale, ...text } of texts) {
      await tx.localStoryText.upsert({
        where: { storyId_locale: { storyId, locale } },
        create: { storyId, locale, ...text },
        // A translation saved now is up to date with the source it was written from.
        update: { ...text, needsUpdate: false },
      });
    }
    if (id) {
      await recordAudit(tx, {
        institutionId: ctx.institutionId,
        actorId: ctx.userId,
        action: "local_story_saved",
        targetType: "local_story",
        targetId: storyId,
        details: { locales: texts.map((t) => t.locale) },
      });
    }
    return { id: storyId };
  });
}
