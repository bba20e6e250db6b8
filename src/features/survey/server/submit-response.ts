import "server-only";
import { randomUUID } from "node:crypto";
import { flagTrigger } from "@/features/advice";
import { matchConcerns, raiseFlag } from "@/features/safeguarding/server";
import type { Prisma } from "@/generated/prisma/client";
import { getDb, isUniqueViolation } from "@/lib/db";
import { AppError, type FieldError } from "@/lib/http";
import { answerRows } from "../domain/answer-rows";
import { getSurveyDefinition } from "../domain/load-surveys";
import { roundStatus } from "../domain/round-window";
import { scoreResponse, shouldInvite, validateAnswers } from "../domain/scoring";
import type { SurveyResponseBody, SurveyResponseResult } from "../schemas";
import { findRoundByCode, type RoundByCode } from "./find-round";

/**
 * Gives the participant id of the student submitting, in the round's institution. The row need
 * not exist: it is inserted with the response, in the same transaction.
 */
export type ParticipantResolver = (institutionId: string) => Promise<string>;

/**
 * Stores one student's answers to a round and says where they go next. The score and band are
 * stored for the school's results and never returned.
 *
 * Idempotent: the same submissionId always gets the same answer and is stored once, also when
 * retries race each other: the unique submissionId and (round, participant) decide, and a
 * refused insert reads the stored result. The answers go in one transaction with the response. Throws AppError: not_found, round_not_open, round_closed,
 * validation_failed (with the fields), already_answered, conflict.
 */
export async function submitSurveyResponse(
  body: SurveyResponseBody,
  resolveParticipant: ParticipantResolver,
  now: Date = new Date(),
): Promise<SurveyResponseResult> {
  const round = await findRoundByCode(body.roundCode);
  if (!round) throw new AppError("not_found", "There is no survey round with this code.");

  const status = roundStatus(round, now);
  if (status !== "open") {
    // A retry of a stored submission answers as the first try did, even once the round closed.
    const earlier = await resultOf(body.submissionId, round.id);
    if (earlier) return earlier;
    if (status === "upcoming") throw new AppError("round_not_open", "This round is not open yet.");
    throw new AppError("round_closed", "This round has closed.");
  }

  const definition = getSurveyDefinition(round.surveyKey);
  if (!definition) {
    throw new Error(`Round ${round.code} uses an unknown survey "${round.surveyKey}"`);
  }
  const problems: FieldError[] = validateAnswers(definition, body.answers);
  const groupId = chosenGroup(round, body.groupId, problems);
  if (problems.length > 0) {
    throw new AppError(
      "validation_failed",
      `Some answers are not valid: ${problems.map((p) => p.field).join(", ")}.`,
      { fields: problems },
    );
  }

  const participantId = await resolveParticipant(round.institution.id);
  const { score, band } = scoreResponse(definition, body.answers, {
    lowBelow: round.institution.pathwayThreshold,
  });
  const invited = shouldInvite({ band, answers: body.answers, definition });
  const today = dayOf(now);
  const rows = answerRows(definition, body.answers);
  // A free-text answer that suggests a student may be at risk tells the school, as advice and
  // reflections do: a flag with no text and no participant, in the same transaction.
  const concern = matchConcerns(rows.flatMap((row) => (row.text ? [row.text] : [])).join("\n"));
  // The id is made here so the answers can be inserted with it in the same batch, without
  // reading the response back (createMany), which keeps the hot path to a few statements.
  const responseId = randomUUID();

  const db = await getDb();
  // The statements of one submission, for a batch (the hot path) or an interactive transaction.
  const writes = (tx: Prisma.TransactionClient) => [
    tx.participant.createMany({
      data: [{ id: participantId, institutionId: round.institution.id }],
      skipDuplicates: true,
    }),
    tx.surveyResponse.createMany({
      data: [
        {
          id: responseId,
          roundId: round.id,
          participantId,
          groupId,
          submissionId: body.submissionId,
          locale: body.locale,
          score,
          band,
          invitedToPathway: invited,
          submittedOn: today,
        },
      ],
    }),
    tx.answer.createMany({ data: rows.map((row) => ({ ...row, responseId })) }),
    ...(invited
      ? [
          // For the funnel: the first invitation counts, a later round does not move it.
          tx.pathwayProgress.createMany({
            data: [{ participantId, invitedAt: today }],
            skipDuplicates: true,
          }),
          tx.pathwayProgress.updateMany({
            where: { participantId, invitedAt: null },
            data: { invitedAt: today },
          }),
        ]
      : []),
  ];
  try {
    if (concern.flagged) {
      await db.$transaction(async (tx) => {
        for (const write of writes(tx)) await write;
        await raiseFlag(tx, {
          institutionId: round.institution.id,
          trigger: flagTrigger("survey", concern.categories),
        });
      });
    } else {
      await db.$transaction(writes(db));
    }
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Already stored: a retry of this submission (perhaps racing the first try), or another
    // submission by this participant.
    const stored = await resultOf(body.submissionId, round.id);
    if (stored) return stored;
    throw alreadyAnswered();
  }
  return { next: invited ? "pathway-invitation" : "thanks" };
}

/** Whether this participant has answered the round, and if so whether they were invited. */
export async function participantAnswer(roundId: string, participantId: string) {
  const db = await getDb();
  return db.surveyResponse.findUnique({
    where: { roundId_participantId: { roundId, participantId } },
    select: { invitedToPathway: true },
  });
}

async function resultOf(
  submissionId: string,
  roundId: string,
): Promise<SurveyResponseResult | undefined> {
  const db = await getDb();
  const stored = await db.surveyResponse.findUnique({
    where: { submissionId },
    select: { roundId: true, invitedToPathway: true },
  });
  if (!stored) return undefined;
  if (stored.roundId !== roundId) {
    throw new AppError("conflict", "This submissionId was already used for another round.");
  }
  return { next: stored.invitedToPathway ? "pathway-invitation" : "thanks" };
}

/** The group to store: the one chosen, the only one, or none ("rather not say"). */
function chosenGroup(
  round: RoundByCode,
  groupId: string | null | undefined,
  problems: FieldError[],
): string | null {
  if (groupId === null) return null;
  if (groupId === undefined) return round.groups.length === 1 ? round.groups[0]!.id : null;
  if (round.groups.some((group) => group.id === groupId)) return groupId;
  problems.push({ field: "groupId", message: "This group is not part of the round." });
  return null;
}

function alreadyAnswered(): AppError {
  return new AppError("already_answered", "You have already answered this round. Thank you!");
}

/** Midnight UTC of the day: responses keep the day only. */
function dayOf(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
