// Answers to the belonging-pulse survey for tests, and a way to submit them as one participant.
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/http";
import { createGroup, createInstitution, createRound } from "./factories";
import type { SurveyResponseBody } from "@/features/survey";

/** Every scored item at its most belonging end: score 100, HIGH. */
export const HIGH_ANSWERS = {
  bu_not_belong: 1,
  bu_bad_moment: 1,
  bu_fit_in: 7,
  school_outsider: 1,
  school_friends: 4,
  bu_wonder: 1,
  barriers: ["nothing"],
};

/** Every scored item at its least belonging end: score 0, LOW. */
export const LOW_ANSWERS = {
  bu_not_belong: 7,
  bu_bad_moment: 7,
  bu_fit_in: 1,
  school_outsider: 4,
  school_friends: 1,
  bu_wonder: 5,
  barriers: ["classmates", "language"],
};

/** Scores 65.3: MID with the file's bands (LOW below 50, HIGH from 75). */
export const MID_ANSWERS = {
  bu_not_belong: 3,
  bu_bad_moment: 5,
  bu_fit_in: 6,
  school_outsider: 2,
  school_friends: 3,
  bu_wonder: 2,
};

export function body(
  roundCode: string,
  answers: SurveyResponseBody["answers"],
  extra: Partial<SurveyResponseBody> = {},
): SurveyResponseBody {
  return { roundCode, submissionId: randomUUID(), locale: "fr", answers, ...extra };
}

/** A participant resolver that always answers as one existing participant. */
export async function participant(institutionId: string, id = `p_${randomUUID()}`) {
  const db = await getDb();
  await db.participant.create({ data: { id, institutionId } });
  return { id, resolve: async () => id };
}

/** The AppError a call is refused with (fails the test when it succeeds or throws another). */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

/** A new school with two groups and a round open now for both. */
export async function schoolWithOpenRound() {
  const institutionId = (await createInstitution()).id;
  const groupIds = [(await createGroup(institutionId)).id, (await createGroup(institutionId)).id];
  const code = (await createRound(institutionId, { groupIds })).code;
  return { institutionId, groupIds, code };
}
