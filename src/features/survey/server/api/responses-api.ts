import "server-only";
import { surveyResponseBodySchema } from "../../schemas";
import { submitSurveyResponse } from "../submit-response";
import { clientKey, RATE_LIMITS, readJson, refuseKnownOverLimit, withProblems } from "@/lib/http";
import { participantIdForDevice } from "@/lib/participant";

export const surveyResponseSubmit = withProblems(async (request: Request) => {
  const client = clientKey(request);
  // A client known to be over its limit is refused before the body is read; the request is
  // counted (and a wrong round code too) by the write itself.
  refuseKnownOverLimit(RATE_LIMITS.surveyResponses, client);
  const body = await readJson(request, surveyResponseBodySchema);
  const result = await submitSurveyResponse(body, participantIdForDevice, new Date(), client);
  return Response.json(result, { headers: { "cache-control": "no-store" } });
});
