import "server-only";
import { schoolCodeInputSchema } from "../../schemas";
import { rememberSchoolByCode } from "../remember-school";
import { clientKey, readJson, withProblems } from "@/lib/http";

/** A student names their school with its code: 204, and this device remembers the school. */
export const schoolCode = withProblems(async (request: Request) => {
  const input = await readJson(request, schoolCodeInputSchema);
  await rememberSchoolByCode(input, clientKey(request));
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});
