import "server-only";
import { flagTrigger, type WritingReceipt } from "@/features/advice";
import { matchConcerns, raiseFlag } from "@/features/safeguarding/server";
import { createOnce, getDb } from "@/lib/db";
import { getOrCreateParticipant, studentPreviewSchool } from "@/lib/participant";
import type { ReflectionInput } from "../schemas";
import { requireStudentSchool } from "./require-school";

export interface ReflectionDependencies {
  /** The sender's clientKey: a wrong code counts against it. */
  client: string;
  /** This browser's participant in the school; the cookie in production. */
  resolveParticipant?: (institutionId: string) => Promise<string>;
}

/**
 * Stores a reflection for the student's own pathway: linked to their participant, never shown
 * to staff (they see counts). When it suggests the student may need support, the school gets
 * a flag that says only that, with no text and no participant, and the student is shown where
 * to find help. A repeated submissionId stores nothing new and returns the first receipt.
 */
export async function submitReflection(
  input: ReflectionInput,
  { client, resolveParticipant = getOrCreateParticipant }: ReflectionDependencies,
): Promise<WritingReceipt & { created: boolean }> {
  const { institutionId } = await requireStudentSchool(input.roundCode, client);
  // Trying the screens as a student: the answer a student would get, nothing stored or flagged.
  if (await studentPreviewSchool()) {
    return {
      submissionId: input.submissionId,
      support: matchConcerns(input.text).flagged,
      created: false,
    };
  }
  const participantId = await resolveParticipant(institutionId);
  const db = await getDb();
  const { row, created } = await createOnce(
    () =>
      db.reflection.findUnique({
        where: { submissionId: input.submissionId },
        select: { text: true, locale: true },
      }),
    () =>
      db.$transaction(async (tx) => {
        const reflection = await tx.reflection.create({
          data: {
            participantId,
            submissionId: input.submissionId,
            storySlug: input.storySlug,
            locale: input.locale,
            text: input.text,
          },
          select: { text: true, locale: true },
        });
        const concern = matchConcerns(input.text);
        if (concern.flagged) {
          await raiseFlag(tx, {
            institutionId,
            trigger: flagTrigger("reflection", concern.categories),
          });
        }
        return reflection;
      }),
  );
  // The answer depends on the stored text, so a retry with other text gets the first answer.
  const support = matchConcerns(row.text).flagged;
  return { submissionId: input.submissionId, support, created };
}
