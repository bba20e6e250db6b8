// What a retention run deletes, as SQL selections of row ids: the run deletes them and the
// preview counts them, so what an admin is shown is exactly what goes. Every selection is
// scoped to one institution (except finished jobs, which are the app's own).
import { Prisma } from "@/generated/prisma/client";
import type { RetentionCutoffs } from "../domain/policy";

export type RetentionKind =
  | "answers"
  | "reflections"
  | "pathwayProgress"
  | "participants"
  | "safeguardingFlags"
  | "auditEvents";

export const RETENTION_KINDS: readonly RetentionKind[] = [
  "answers",
  "reflections",
  "pathwayProgress",
  "participants",
  "safeguardingFlags",
  "auditEvents",
];

/** The table each kind deletes from (survey answers go with their response: ON DELETE CASCADE). */
export const KIND_TABLE: Record<RetentionKind, Prisma.Sql> = {
  answers: Prisma.raw(`"survey_responses"`),
  reflections: Prisma.raw(`"reflections"`),
  pathwayProgress: Prisma.raw(`"pathway_progress"`),
  participants: Prisma.raw(`"participants"`),
  safeguardingFlags: Prisma.raw(`"safeguarding_flags"`),
  auditEvents: Prisma.raw(`"audit_events"`),
};

// Timestamps are stored as UTC wall time (timestamp(3)): an ISO string cast keeps exactly that.
const ts = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp`;
const day = (iso: string) => Prisma.sql`${iso}::date`;

/** A participant's writing or pathway activity after the cut-off keeps their pathway data. */
function activeAfter(participant: Prisma.Sql, cut: RetentionCutoffs): Prisma.Sql {
  return Prisma.sql`(EXISTS (SELECT 1 FROM "reflections" y
      WHERE y."participant_id" = ${participant} AND y."created_on" > ${day(cut.activityDay)})
    OR EXISTS (SELECT 1 FROM "pathway_progress" q
      WHERE q."participant_id" = ${participant}
        AND GREATEST(q."invited_at", q."started_at", q."completed_at") > ${day(cut.activityDay)}))`;
}

/** Answers of a round that is not yet past its retention keep the participant's survey data. */
function answersKept(participant: Prisma.Sql, cut: RetentionCutoffs): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "survey_responses" s
      JOIN "survey_rounds" r ON r."id" = s."round_id"
      WHERE s."participant_id" = ${participant} AND r."closes_at" > ${ts(cut.roundsClosedBy)})`;
}

const P = Prisma.raw(`p."id"`);

/** The ids of one kind's rows that go under these cut-offs. */
export function selectExpired(
  kind: RetentionKind,
  institutionId: string,
  cut: RetentionCutoffs,
): Prisma.Sql {
  switch (kind) {
    // Whole rounds at once, never part of one: no figure moves by fewer students than the
    // round's, so nothing about fewer than k can be learnt from before and after.
    case "answers":
      return Prisma.sql`SELECT s."id" FROM "survey_responses" s
        JOIN "survey_rounds" r ON r."id" = s."round_id"
        WHERE r."institution_id" = ${institutionId} AND r."closes_at" <= ${ts(cut.roundsClosedBy)}`;
    case "reflections":
      return Prisma.sql`SELECT x."id" FROM "reflections" x
        JOIN "participants" p ON p."id" = x."participant_id"
        WHERE p."institution_id" = ${institutionId} AND NOT ${activeAfter(P, cut)}`;
    // The pathway funnel counts progress by invitation: it stays while the student's survey
    // answers do, so the funnel changes only when whole rounds go.
    case "pathwayProgress":
      return Prisma.sql`SELECT pp."id" FROM "pathway_progress" pp
        JOIN "participants" p ON p."id" = pp."participant_id"
        WHERE p."institution_id" = ${institutionId}
          AND p."created_at" <= ${day(cut.activityDay)}
          AND NOT ${activeAfter(P, cut)} AND NOT ${answersKept(P, cut)}`;
    // Removed once nothing of theirs is left after this run: no kept answers, no recent
    // pathway activity, not in a classroom session that is still running or recent.
    case "participants":
      return Prisma.sql`SELECT p."id" FROM "participants" p
        WHERE p."institution_id" = ${institutionId}
          AND p."created_at" <= ${day(cut.activityDay)}
          AND NOT ${activeAfter(P, cut)} AND NOT ${answersKept(P, cut)}
          AND NOT EXISTS (SELECT 1 FROM "classroom_joins" j
            JOIN "classroom_sessions" c ON c."id" = j."session_id"
            WHERE j."participant_id" = p."id"
              AND (c."ended_at" IS NULL OR c."ended_at" > ${day(cut.activityDay)}))`;
    case "safeguardingFlags":
      return Prisma.sql`SELECT f."id" FROM "safeguarding_flags" f
        WHERE f."institution_id" = ${institutionId} AND f."status" = 'RESOLVED'
          AND f."updated_at" <= ${ts(cut.flagsResolvedBy)}`;
    case "auditEvents":
      return Prisma.sql`SELECT e."id" FROM "audit_events" e
        WHERE e."institution_id" = ${institutionId} AND e."created_at" <= ${ts(cut.auditBy)}`;
  }
}
