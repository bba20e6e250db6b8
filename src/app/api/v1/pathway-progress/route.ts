import { progressInputSchema } from "@/features/pathway";
import { submitPathwayProgress, WRITING_RATE_LIMIT } from "@/features/pathway/server";
import { studentStorySlugs } from "@/features/stories/server";
import { clientKey, enforceRateLimit, readJson, withProblems } from "@/lib/http";

/** Records where this browser's participant is in the pathway (for the funnel). */
export const POST = withProblems(async (request) => {
  const client = clientKey(request);
  await enforceRateLimit(WRITING_RATE_LIMIT, client);
  const input = await readJson(request, progressInputSchema(await studentStorySlugs()));
  return Response.json(await submitPathwayProgress(input, client));
});
