// The student side's JSON endpoints, under /api/v1/sessions/{code}: join, write advice, and
// follow the room live. A code is looked up with the guess limit; errors are problem+json.
import "server-only";
import { clientKey, enforceRateLimit, RATE_LIMITS, readJson, withProblems } from "@/lib/http";
import { classroomAdviceInputSchema } from "../../schemas";
import { findSessionByCode } from "../find-session";
import { joinSession } from "../join-session";
import { sessionEvents } from "../session-events";
import { submitClassroomAdvice } from "../submit-classroom-advice";

type CodeContext = { params: Promise<{ code: string }> };

async function sessionOf(request: Request, { params }: CodeContext) {
  return findSessionByCode((await params).code, clientKey(request));
}

export const sessionJoin = withProblems(async (request: Request, context: CodeContext) => {
  await enforceRateLimit(RATE_LIMITS.classroomWriting, clientKey(request));
  const session = await sessionOf(request, context);
  return Response.json({ state: await joinSession(session) });
});

export const sessionAdvice = withProblems(async (request: Request, context: CodeContext) => {
  await enforceRateLimit(RATE_LIMITS.classroomWriting, clientKey(request));
  const session = await sessionOf(request, context);
  const input = await readJson(request, classroomAdviceInputSchema);
  const { created, ...receipt } = await submitClassroomAdvice(session, input);
  return Response.json(receipt, { status: created ? 201 : 200 });
});

export const sessionEventStream = withProblems(async (request: Request, context: CodeContext) =>
  sessionEvents(request, await sessionOf(request, context)),
);
