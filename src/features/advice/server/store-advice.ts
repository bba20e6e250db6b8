import "server-only";
import { randomUUID } from "node:crypto";
import { matchConcerns, raiseFlag } from "@/features/safeguarding/server";
import type { AdviceSource } from "@/generated/prisma/client";
import { createOnce, getDb } from "@/lib/db";
import { checkGate, gateSql, passGateApart, type GateRow, type WriteGate } from "@/lib/http";
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
 * With a `gate`, the request counts against the client's limits in the insert's own statement.
 */
export async function storeAdvice(
  input: Omit<AdviceInput, "source" | "roundCode">,
  context: AdviceContext,
  gate?: WriteGate,
): Promise<WritingReceipt & { created: boolean }> {
  const concern = matchConcerns(input.text);
  if (await studentPreviewSchool()) {
    await passGateApart(gate);
    return { submissionId: input.submissionId, support: concern.flagged, created: false };
  }
  if (concern.flagged) {
    await passGateApart(gate);
    return storeFlagged(input, context, flagTrigger("advice", concern.categories));
  }
  // Unflagged (nearly all): one statement, one commit; the unique submissionId keeps a retry
  // from storing twice, and the stored row is read only when this one stored nothing.
  const db = await getDb();
  const [outcome] = await db.$queryRaw<(GateRow & { inserted: boolean })[]>`
    WITH ${gateSql(gate)},
    stored AS (
      INSERT INTO advice (id, institution_id, group_id, classroom_session_id, submission_id, source,
                          locale, story_slug, text, original_text, consent_to_share, flagged)
      SELECT ${randomUUID()}, ${context.institutionId}, ${context.groupId ?? null}::text,
             ${context.classroomSessionId ?? null}::text, ${input.submissionId},
             ${context.source}::"AdviceSource", ${input.locale}, ${input.storySlug ?? null}::text,
             ${input.text}, ${input.text}, ${input.consentToShare}, false
        FROM gate WHERE gate.passed
      ON CONFLICT (submission_id) DO NOTHING
      RETURNING id
    )
    SELECT gate.counted, gate.misses, EXISTS (SELECT 1 FROM stored) AS inserted FROM gate`;
  if (!outcome) throw new Error("The advice statement returned no row.");
  checkGate(gate, outcome);
  if (outcome.inserted) return { submissionId: input.submissionId, support: false, created: true };
  const earlier = await storedAdvice(input.submissionId);
  if (!earlier) throw new Error("Advice was neither stored nor found.");
  return { submissionId: input.submissionId, support: earlier.flagged, created: false };
}

async function storedAdvice(submissionId: string) {
  const db = await getDb();
  return db.advice.findUnique({ where: { submissionId }, select: { flagged: true } });
}

/** Flagged advice: the advice, its flag and the flag's jobs commit together. */
async function storeFlagged(
  input: Omit<AdviceInput, "source" | "roundCode">,
  context: AdviceContext,
  trigger: string,
): Promise<WritingReceipt & { created: boolean }> {
  const db = await getDb();
  const { row, created } = await createOnce(
    () => storedAdvice(input.submissionId),
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
            flagged: true,
            institutionId: context.institutionId,
            groupId: context.groupId ?? null,
            classroomSessionId: context.classroomSessionId ?? null,
          },
          select: { id: true, flagged: true },
        });
        // In the advice's transaction: flagged advice never exists unflagged or unannounced.
        await raiseFlag(tx, { institutionId: context.institutionId, adviceId: advice.id, trigger });
        return advice;
      }),
  );
  return { submissionId: input.submissionId, support: row.flagged, created };
}
