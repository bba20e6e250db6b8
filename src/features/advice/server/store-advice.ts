import "server-only";
import { matchConcerns, raiseFlag } from "@/features/safeguarding/server";
import type { AdviceSource } from "@/generated/prisma/client";
import { createOnce, getDb } from "@/lib/db";
import { studentPreviewSchool } from "@/lib/participant";
import { flagTrigger } from "../domain/flag-trigger";
import type { AdviceInput, WritingReceipt } from "../schemas";

export interface AdviceContext {
  source: AdviceSource;
  /** The school that will moderate it and see any flag; never the student. */
  institutionId: string;
  groupId?: string | null;
  classroomSessionId?: string | null;
}

/**
 * Stores a piece of advice, anonymised: no participant, no name, no address; PENDING until a
 * coordinator approves it. Text that suggests the student may be at risk is flagged for the
 * school and never published, and the receipt asks the page to show where to get support.
 * A repeated submissionId stores nothing new and returns the first receipt. A staff member
 * trying the student screens gets the receipt a student would, and nothing is stored or flagged.
 */
export async function storeAdvice(
  input: Omit<AdviceInput, "source" | "roundCode">,
  context: AdviceContext,
): Promise<WritingReceipt & { created: boolean }> {
  const concern = matchConcerns(input.text);
  if (await studentPreviewSchool()) {
    return { submissionId: input.submissionId, support: concern.flagged, created: false };
  }
  const db = await getDb();
  const { row, created } = await createOnce(
    () =>
      db.advice.findUnique({
        where: { submissionId: input.submissionId },
        select: { flagged: true },
      }),
    () =>
      db.$transaction(async (tx) => {
        const advice = await tx.advice.create({
          data: {
            submissionId: input.submissionId,
            source: context.source,
            locale: input.locale,
            storySlug: input.storySlug ?? null,
            text: input.text,
            originalText: input.text,
            consentToShare: input.consentToShare,
            flagged: concern.flagged,
            institutionId: context.institutionId,
            groupId: context.groupId ?? null,
            classroomSessionId: context.classroomSessionId ?? null,
          },
          select: { id: true, flagged: true },
        });
        // In the advice's transaction: flagged advice never exists unflagged or unannounced.
        if (concern.flagged) {
          await raiseFlag(tx, {
            institutionId: context.institutionId,
            adviceId: advice.id,
            trigger: flagTrigger("advice", concern.categories),
          });
        }
        return advice;
      }),
  );
  return { submissionId: input.submissionId, support: row.flagged, created };
}
