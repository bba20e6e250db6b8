import "server-only";
import { surveyResponseBodySchema } from "../../schemas";
import { submitSurveyResponse } from "../submit-response";
import {
  AppError,
  clientKey,
  enforceRateLimit,
  lookUpCode,
  RATE_LIMITS,
  readJson,
  withProblems,
} from "@/lib/http";
import { participantIdForDevice } from "@/lib/participant";

export const surveyResponseSubmit = withProblems(async (request: Request) => {
  // Counted before the body is read, so a flood is refused without parsing it.
  const client = clientKey(request);
  await enforceRateLimit(RATE_LIMITS.surveyResponses, client);
  const body = await readJson(request, surveyResponseBodySchema);
  // A wrong round code (not_found) counts against the client, as on the round's page.
  const result = await lookUpCode(RATE_LIMITS.roundCodeMisses, client, () =>
    submitSurveyResponse(body, participantIdForDevice),
  );
  if (!result) throw new AppError("not_found", "There is no survey round with this code.");
  return Response.json(result, { headers: { "cache-control": "no-store" } });
});
