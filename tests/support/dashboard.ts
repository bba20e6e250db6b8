// Builders for dashboard tests: responses with answers, pathway progress, advice and flags.
import { randomBytes, randomUUID } from "node:crypto";
import type { AdviceSource, AdviceStatus, Band, FlagStatus } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";

const unique = () => randomBytes(4).toString("hex");

export function bandOf(score: number | null): Band | null {
  if (score === null) return null;
  return score < 50 ? "LOW" : score < 75 ? "MID" : "HIGH";
}

export interface ResponseSeed {
  groupId?: string | null;
  /** Reuse a participant to pair a follow-up with a baseline. */
  participantId?: string;
  score?: number | null;
  /** Scale values by item key; a multi item as a list of options; text as a string. */
  answers?: Record<string, number | string | string[]>;
  submittedOn?: Date;
  invitedToPathway?: boolean;
}

/** One stored response (and its participant when none is given). Returns the participant. */
export async function addResponse(
  institutionId: string,
  roundId: string,
  seed: ResponseSeed = {},
): Promise<string> {
  const db = await getDb();
  const participantId = seed.participantId ?? `p_${unique()}${unique()}`;
  if (!seed.participantId)
    await db.participant.create({ data: { id: participantId, institutionId } });
  const score = seed.score === undefined ? 60 : seed.score;
  type AnswerRow = { itemKey: string; value?: number; text?: string };
  const answers = Object.entries(seed.answers ?? {}).flatMap(([itemKey, answer]): AnswerRow[] => {
    if (Array.isArray(answer)) return answer.map((o) => ({ itemKey: `${itemKey}.${o}`, value: 1 }));
    if (typeof answer === "number") return [{ itemKey, value: answer }];
    return [{ itemKey, text: answer }];
  });
  await db.surveyResponse.create({
    data: {
      roundId,
      participantId,
      groupId: seed.groupId ?? null,
      submissionId: randomUUID(),
      locale: "en",
      score,
      band: bandOf(score),
      invitedToPathway: seed.invitedToPathway ?? false,
      submittedOn: seed.submittedOn,
      answers: { create: answers },
    },
  });
  return participantId;
}

/** Several responses in one group, one per score. Returns their participants. */
export async function addResponses(
  institutionId: string,
  roundId: string,
  groupId: string | null,
  scores: readonly (number | null)[],
  answers: (i: number) => ResponseSeed["answers"] = () => ({}),
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, score] of scores.entries()) {
    ids.push(await addResponse(institutionId, roundId, { groupId, score, answers: answers(i) }));
  }
  return ids;
}

export async function addAdvice(
  institutionId: string | null,
  data: {
    text?: string;
    status?: AdviceStatus;
    flagged?: boolean;
    source?: AdviceSource;
    locale?: string;
    consentToShare?: boolean;
    classroomSessionId?: string;
    groupId?: string;
  } = {},
) {
  const db = await getDb();
  const text = data.text ?? `Ask someone at the break ${unique()}.`;
  return db.advice.create({
    data: {
      institutionId,
      submissionId: randomUUID(),
      source: data.source ?? "PATHWAY",
      locale: data.locale ?? "en",
      text,
      originalText: text,
      consentToShare: data.consentToShare ?? true,
      status: data.status ?? "PENDING",
      flagged: data.flagged ?? false,
      classroomSessionId: data.classroomSessionId ?? null,
      groupId: data.groupId ?? null,
    },
  });
}

export async function addFlag(
  institutionId: string | null,
  data: { adviceId?: string; status?: FlagStatus; trigger?: string } = {},
) {
  const db = await getDb();
  return db.safeguardingFlag.create({
    data: {
      institutionId,
      adviceId: data.adviceId ?? null,
      trigger: data.trigger ?? "advice: self-harm",
      status: data.status ?? "NEW",
    },
  });
}

export async function addPathwayProgress(
  institutionId: string,
  data: { invitedAt?: Date | null; startedAt?: Date | null; completedAt?: Date | null },
) {
  const db = await getDb();
  const participant = await db.participant.create({ data: { institutionId } });
  return db.pathwayProgress.create({
    data: {
      participantId: participant.id,
      invitedAt: data.invitedAt ?? null,
      startedAt: data.startedAt ?? null,
      completedAt: data.completedAt ?? null,
    },
  });
}

/**
 * A round window that has already closed: results are published only once a round closes, so
 * tests of figures seed a closed round (responses are inserted directly, past the window).
 */
export function closedWindow(daysAgo = 1): { opensAt: Date; closesAt: Date } {
  const day = 24 * 60 * 60 * 1000;
  return {
    opensAt: new Date(Date.now() - (daysAgo + 7) * day),
    closesAt: new Date(Date.now() - daysAgo * day),
  };
}

/** A started classroom session with `joined` students. Returns the session's id. */
export async function addClassroomSession(
  data: { institutionId: string; groupId: string; teacherId: string; startedAt?: Date },
  joined: number,
): Promise<string> {
  const db = await getDb();
  const session = await db.classroomSession.create({
    data: {
      ...data,
      joinCode: `J${randomBytes(4).toString("hex").toUpperCase()}`,
      startedAt: data.startedAt ?? new Date(),
    },
  });
  for (let i = 0; i < joined; i++) {
    const p = await db.participant.create({ data: { institutionId: data.institutionId } });
    await db.classroomJoin.create({ data: { sessionId: session.id, participantId: p.id } });
  }
  return session.id;
}
