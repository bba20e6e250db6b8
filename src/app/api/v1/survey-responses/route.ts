import { submitSurveyResponse, surveyResponseBodySchema } from "@/features/survey";
import { readJson, withProblems } from "@/lib/http";
import { getOrCreateParticipant } from "@/lib/participant";

export const dynamic = "force-dynamic";

export const POST = withProblems(async (request: Request) => {
  const body = await readJson(request, surveyResponseBodySchema);
  const result = await submitSurveyResponse(body, getOrCreateParticipant);
  return Response.json(result, { headers: { "cache-control": "no-store" } });
});
