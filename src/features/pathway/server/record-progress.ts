import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { getOrCreateParticipant, studentPreviewSchool } from "@/lib/participant";
import type { ProgressInput } from "../schemas";
import { requireStudentSchool } from "./require-school";

export interface PathwayProgressView {
  startedOn: string | null;
  completedOn: string | null;
  storiesRead: string[];
  completedSteps: string[];
}

interface Row {
  started_at: Date | null;
  completed_at: Date | null;
  stories_read: string[] | null;
  completed_steps: string[] | null;
}

const unique = (values: readonly string[]) => [...new Set(values)];
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * Records where a participant is in the pathway, for the funnel: started and completed on
 * which day (never the time), the stories read and the milestones reached. One statement
 * merges the snapshot into what is stored (set union, first dates kept), so snapshots that
 * arrive twice, late or at the same moment never lose or undo progress.
 */
export async function recordPathwayProgress(
  participantId: string,
  snapshot: Pick<ProgressInput, "storiesRead" | "completedSteps">,
): Promise<PathwayProgressView> {
  const completed = snapshot.completedSteps.includes("consent");
  const db = await getDb();
  const rows = await db.$queryRaw<Row[]>`
    INSERT INTO "pathway_progress"
      ("id", "participant_id", "started_at", "completed_at", "stories_read", "completed_steps")
    VALUES (${randomUUID()}, ${participantId}, CURRENT_DATE,
      CASE WHEN ${completed} THEN CURRENT_DATE END,
      ${unique(snapshot.storiesRead)}::text[], ${unique(snapshot.completedSteps)}::text[])
    ON CONFLICT ("participant_id") DO UPDATE SET
      "started_at" = COALESCE("pathway_progress"."started_at", EXCLUDED."started_at"),
      "completed_at" = COALESCE("pathway_progress"."completed_at", EXCLUDED."completed_at"),
      "stories_read" = ARRAY(SELECT DISTINCT s FROM unnest(
        COALESCE("pathway_progress"."stories_read", '{}') || EXCLUDED."stories_read") AS s ORDER BY s),
      "completed_steps" = ARRAY(SELECT DISTINCT s FROM unnest(
        COALESCE("pathway_progress"."completed_steps", '{}') || EXCLUDED."completed_steps") AS s ORDER BY s)
    RETURNING "started_at", "completed_at", "stories_read", "completed_steps"`;
  const row = rows[0];
  return {
    startedOn: day(row?.started_at ?? null),
    completedOn: day(row?.completed_at ?? null),
    storiesRead: row?.stories_read ?? [],
    completedSteps: row?.completed_steps ?? [],
  };
}

/** Progress sent by the pathway page: this browser's participant, in the student's school. */
export async function submitPathwayProgress(
  input: ProgressInput,
  client: string,
  resolveParticipant: (institutionId: string) => Promise<string> = getOrCreateParticipant,
): Promise<PathwayProgressView> {
  const { institutionId } = await requireStudentSchool(input.roundCode, client);
  // Trying the pathway as a student: nothing counts in the school's funnel.
  if (await studentPreviewSchool()) {
    const { storiesRead, completedSteps } = input;
    return { startedOn: null, completedOn: null, storiesRead, completedSteps };
  }
  const participantId = await resolveParticipant(institutionId);
  return recordPathwayProgress(participantId, input);
}
