import "server-only";
import type { AdviceInput, WritingReceipt } from "@/features/advice";
import { storeAdvice } from "@/features/advice/server";
import { RATE_LIMITS } from "@/lib/http";
import { rememberedSchoolOfCode } from "./find-school";
import { WRITING_RATE_LIMIT } from "./rate-limit";
import { requireStudentSchool } from "./require-school";

/**
 * Advice from the pathway, for the student's school (never the student). The request counts
 * against the client's writing limit in the insert's statement; a code whose school is known
 * in memory is checked against the client's wrong-code budget there too.
 */
export async function submitPathwayAdvice(
  input: AdviceInput,
  client: string,
): Promise<WritingReceipt & { created: boolean }> {
  const gate = { counted: WRITING_RATE_LIMIT, client, now: new Date() };
  const remembered = rememberedSchoolOfCode(input.roundCode);
  if (remembered) {
    return storeAdvice(
      input,
      { source: "PATHWAY", institutionId: remembered.institutionId },
      { ...gate, codeMisses: RATE_LIMITS.roundCodeMisses },
    );
  }
  const school = await requireStudentSchool(input.roundCode, client);
  return storeAdvice(input, { source: "PATHWAY", institutionId: school.institutionId }, gate);
}
