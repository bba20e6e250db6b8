import { submitSurveyResponse, surveyResponseBodySchema } from "@/features/survey";
import { clientKey, enforceRateLimit, RATE_LIMITS, readJson, withProblems } from "@/lib/http";
import { participantIdForDevice } from "@/lib/participant";

export const dynamic = "force-dynamic";

export const POST = withProblems(async (request: Request) => {
  // Counted before the body is read, so a flood is refused without parsing it.
  await enforceRateLimit(RATE_LIMITS.surveyResponses, clientKey(request));
  const body = await readJson(request, surveyResponseBodySchema);
  const result = await submitSurveyResponse(body, participantIdForDevice);
  return Response.json(result, { headers: { "cache-control": "no-store" } });
});
