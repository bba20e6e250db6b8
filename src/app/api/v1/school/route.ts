import { schoolCodeInputSchema } from "@/features/pathway";
import { rememberSchoolByCode } from "@/features/pathway/server";
import { clientKey, readJson, withProblems } from "@/lib/http";

export const dynamic = "force-dynamic";

/** A student names their school with its code: 204, and this device remembers the school. */
export const POST = withProblems(async (request: Request) => {
  const input = await readJson(request, schoolCodeInputSchema);
  await rememberSchoolByCode(input, clientKey(request));
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});
