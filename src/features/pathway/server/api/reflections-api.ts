import "server-only";
import { reflectionInputSchema } from "../../schemas";
import { WRITING_RATE_LIMIT } from "../rate-limit";
import { submitReflection } from "../submit-reflection";
import { studentStorySlugs } from "@/features/stories/server";
import { clientKey, enforceRateLimit, readJson, withProblems } from "@/lib/http";

/** Stores a student's private reflection: 201 when new, 200 for a repeated submit. */
export const reflectionSubmit = withProblems(async (request) => {
  const client = clientKey(request);
  await enforceRateLimit(WRITING_RATE_LIMIT, client);
  const input = await readJson(request, reflectionInputSchema(await studentStorySlugs()));
  const { created, ...receipt } = await submitReflection(input, { client });
  return Response.json(receipt, { status: created ? 201 : 200 });
});
