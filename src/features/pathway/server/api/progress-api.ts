import "server-only";
import { progressInputSchema } from "../../schemas";
import { WRITING_RATE_LIMIT } from "../rate-limit";
import { submitPathwayProgress } from "../record-progress";
import { studentStorySlugs } from "@/features/stories/server";
import { clientKey, enforceRateLimit, readJson, withProblems } from "@/lib/http";

/** Records where this browser's participant is in the pathway (for the funnel). */
export const pathwayProgress = withProblems(async (request) => {
  const client = clientKey(request);
  await enforceRateLimit(WRITING_RATE_LIMIT, client);
  const input = await readJson(request, progressInputSchema(await studentStorySlugs()));
  return Response.json(await submitPathwayProgress(input, client));
});
