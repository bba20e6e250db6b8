import "server-only";
import { flagTrigger, type WritingReceipt } from "@/features/advice";
import { matchConcerns } from "@/features/safeguarding";
import { createOnce, getDb } from "@/lib/db";
import { getOrCreateParticipant } from "@/lib/participant";
import type { ReflectionInput } from "../schemas";
import { findPathwaySchool } from "./find-school";

export interface ReflectionDependencies {
  /** The sender's clientKey: a wrong round code counts against it. */
  client: string;
  /** This browser's participant in a school (or outside any); the cookie in production. */
  resolveParticipant?: (institutionId: string | null) => Promise<string>;
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
  const school = await findPathwaySchool(input.roundCode, client);
  const institutionId = school?.institutionId ?? null;
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
        const concern = matchConcerns(input.text, input.locale);
        if (concern.flagged) {
          await tx.safeguardingFlag.create({
            data: { institutionId, trigger: flagTrigger("reflection", concern.categories) },
          });
        }
        return reflection;
      }),
  );
  // The answer depends on the stored text, so a retry with other text gets the first answer.
  const support = matchConcerns(row.text, row.locale as ReflectionInput["locale"]).flagged;
  return { submissionId: input.submissionId, support, created };
}
