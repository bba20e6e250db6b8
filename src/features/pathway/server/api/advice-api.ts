import "server-only";
import { adviceInputSchema } from "@/features/advice";
import { WRITING_RATE_LIMIT } from "../rate-limit";
import { submitPathwayAdvice } from "../submit-advice";
import { studentStorySlugs } from "@/features/stories/server";
import { clientKey, enforceRateLimit, readJson, withProblems } from "@/lib/http";

/** Stores a student's advice for future students: 201 when new, 200 for a repeated submit. */
export const pathwayAdvice = withProblems(async (request) => {
  const client = clientKey(request);
  await enforceRateLimit(WRITING_RATE_LIMIT, client);
  const input = await readJson(request, adviceInputSchema(await studentStorySlugs()));
  const { created, ...receipt } = await submitPathwayAdvice(input, client);
  return Response.json(receipt, { status: created ? 201 : 200 });
});
