import { submitSurveyResponse, surveyResponseBodySchema } from "@/features/survey";
import { readJson, withProblems } from "@/lib/http";
import { participantIdForDevice } from "@/lib/participant";

export const dynamic = "force-dynamic";

export const POST = withProblems(async (request: Request) => {
  const body = await readJson(request, surveyResponseBodySchema);
  const result = await submitSurveyResponse(body, participantIdForDevice);
  return Response.json(result, { headers: { "cache-control": "no-store" } });
});
