import "server-only";
import { randomUUID } from "node:crypto";
import { flagTrigger } from "@/features/advice";
import { matchConcerns, raiseFlag } from "@/features/safeguarding/server";
import type { Band } from "@/generated/prisma/client";
import { getDb, isUniqueViolation } from "@/lib/db";
import {
  AppError,
  checkGate,
  passGateApart,
  RATE_LIMITS,
  type FieldError,
  type WriteGate,
} from "@/lib/http";
import { answerRows } from "../domain/answer-rows";
import { getSurveyDefinition } from "../domain/load-surveys";
import { roundStatus } from "../domain/round-window";
import { scoreResponse, shouldInvite, validateAnswers } from "../domain/scoring";
import type { SurveyResponseBody, SurveyResponseResult } from "../schemas";
import { findRoundByCode, type RoundByCode } from "./find-round";
import { insertResponse, type ResponseToInsert } from "./insert-response";
import { forgetRound, lookUpRoundForClient, rememberedRound } from "./round-cache";

/**
 * Gives the participant id of the student submitting, in the round's institution. The row need
 * not exist: it is inserted with the response, in the same statement.
 */
export type ParticipantResolver = (institutionId: string) => Promise<string>;

/**
 * Stores one student's answers to a round and says where they go next. The score and band are
 * stored for the school's results and never returned.
 *
 * Idempotent: the same submissionId always gets the same answer and is stored once, also when
 * retries race each other: the unique submissionId and (round, participant) decide, and an
 * insert that stored nothing reads the stored result. With a `client` (a request from outside,
 * clientKey), the request counts against its survey limit and the round code goes through the
 * code guard, in the write's own statement when the round is known in memory. Throws AppError:
 * not_found, round_not_open, round_closed, validation_failed (with the fields),
 * already_answered, conflict, rate_limited.
 */
export async function submitSurveyResponse(
  body: SurveyResponseBody,
  resolveParticipant: ParticipantResolver,
  now: Date = new Date(),
  client?: string,
): Promise<SurveyResponseResult> {
  const remembered = client ? rememberedRound(body.roundCode) : undefined;
  const round =
    remembered ??
    (client
      ? await lookUpRoundForClient(body.roundCode, client)
      : await findRoundByCode(body.roundCode));
  if (!round) throw new AppError("not_found", "There is no survey round with this code.");
  const gate: WriteGate | undefined = client
    ? {
        counted: RATE_LIMITS.surveyResponses,
        codeMisses: remembered ? RATE_LIMITS.roundCodeMisses : undefined,
        client,
        now,
      }
    : undefined;

  const status = roundStatus(round, now);
  if (status !== "open") {
    await passGateApart(gate);
    return notOpen(status, body, round.id);
  }

  const definition = getSurveyDefinition(round.surveyKey);
  if (!definition) {
    throw new Error(`Round ${round.code} uses an unknown survey "${round.surveyKey}"`);
  }
  const problems: FieldError[] = validateAnswers(definition, body.answers);
  const groupId = chosenGroup(round, body.groupId, problems);
  if (problems.length > 0) {
    await passGateApart(gate);
    throw invalid(problems);
  }

  const participantId = await resolveParticipant(round.institution.id);
  const { score, band } = scoreResponse(definition, body.answers, {
    lowBelow: round.institution.pathwayThreshold,
  });
  const invited = shouldInvite({ band, answers: body.answers, definition });
  const rows = answerRows(definition, body.answers);
  const response = {
    responseId: randomUUID(),
    roundId: round.id,
    institutionId: round.institution.id,
    participantId,
    groupId,
    submissionId: body.submissionId,
    locale: body.locale,
    score,
    band,
    invited,
    day: now.toISOString().slice(0, 10),
    now,
    rows,
  };
  // A free-text answer that suggests a student may be at risk tells the school, as advice and
  // reflections do: a flag with no text and no participant, in the same transaction.
  const concern = matchConcerns(rows.flatMap((row) => (row.text ? [row.text] : [])).join("\n"));
  if (concern.flagged) {
    await passGateApart(gate);
    return storeFlagged(response, flagTrigger("survey", concern.categories), body);
  }

  const outcome = await insertResponse(response, gate);
  checkGate(gate, outcome);
  if (!outcome.open) {
    // Closed (or gone) since it was read: answer as for a closed round.
    forgetRound(round.code);
    const fresh = await findRoundByCode(round.code);
    if (!fresh) throw new AppError("not_found", "There is no survey round with this code.");
    return notOpen(roundStatus(fresh, now) === "upcoming" ? "upcoming" : "closed", body, round.id);
  }
  if (!outcome.groupOk) {
    forgetRound(round.code);
    throw invalid([{ field: "groupId", message: "This group is not part of the round." }]);
  }
  if (!outcome.inserted) return storedOrAlreadyAnswered(body.submissionId, round.id);
  return { next: invited ? "pathway-invitation" : "thanks" };
}

async function notOpen(
  status: "upcoming" | "closed",
  body: SurveyResponseBody,
  roundId: string,
): Promise<SurveyResponseResult> {
  // A retry of a stored submission answers as the first try did, even once the round closed.
  const earlier = await resultOf(body.submissionId, roundId);
  if (earlier) return earlier;
  if (status === "upcoming") throw new AppError("round_not_open", "This round is not open yet.");
  throw new AppError("round_closed", "This round has closed.");
}

/** A response with a safeguarding flag: the flag and its jobs commit with the answers. */
async function storeFlagged(
  r: ResponseToInsert,
  trigger: string,
  body: SurveyResponseBody,
): Promise<SurveyResponseResult> {
  const db = await getDb();
  try {
    await db.$transaction(async (tx) => {
      await tx.participant.createMany({
        data: [{ id: r.participantId, institutionId: r.institutionId }],
        skipDuplicates: true,
      });
      await tx.surveyResponse.create({
        data: {
          id: r.responseId,
          roundId: r.roundId,
          participantId: r.participantId,
          groupId: r.groupId,
          submissionId: r.submissionId,
          locale: r.locale,
          score: r.score,
          band: r.band as Band | null,
          invitedToPathway: r.invited,
          submittedOn: new Date(`${r.day}T00:00:00Z`),
          answers: { createMany: { data: r.rows.map((row) => ({ ...row })) } },
        },
        select: { id: true },
      });
      if (r.invited) {
        const invitedAt = new Date(`${r.day}T00:00:00Z`);
        await tx.pathwayProgress.createMany({
          data: [{ participantId: r.participantId, invitedAt }],
          skipDuplicates: true,
        });
        await tx.pathwayProgress.updateMany({
          where: { participantId: r.participantId, invitedAt: null },
          data: { invitedAt },
        });
      }
      await raiseFlag(tx, { institutionId: r.institutionId, trigger });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return storedOrAlreadyAnswered(body.submissionId, r.roundId);
  }
  return { next: r.invited ? "pathway-invitation" : "thanks" };
}

/** Already stored: a retry of this submission (perhaps racing the first try), or another one. */
async function storedOrAlreadyAnswered(
  submissionId: string,
  roundId: string,
): Promise<SurveyResponseResult> {
  const stored = await resultOf(submissionId, roundId);
  if (stored) return stored;
  throw alreadyAnswered();
}

function invalid(problems: FieldError[]): AppError {
  return new AppError(
    "validation_failed",
    `Some answers are not valid: ${problems.map((p) => p.field).join(", ")}.`,
    { fields: problems },
  );
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
