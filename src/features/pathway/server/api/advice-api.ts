import "server-only";
import { adviceInputSchema } from "@/features/advice";
import { WRITING_RATE_LIMIT } from "../rate-limit";
import { submitPathwayAdvice } from "../submit-advice";
import { studentStorySlugs } from "@/features/stories/server";
import { clientKey, readJson, refuseKnownOverLimit, withProblems } from "@/lib/http";

/** Stores a student's advice for future students: 201 when new, 200 for a repeated submit. */
export const pathwayAdvice = withProblems(async (request) => {
  const client = clientKey(request);
  // A client known to be over its limit is refused before the body is read; otherwise the
  // request is counted by the write itself.
  refuseKnownOverLimit(WRITING_RATE_LIMIT, client);
  const input = await readJson(request, adviceInputSchema(await studentStorySlugs()));
  const { created, ...receipt } = await submitPathwayAdvice(input, client);
  return Response.json(receipt, { status: created ? 201 : 200 });
});
