import "server-only";
import type { AdviceInput, WritingReceipt } from "@/features/advice";
import { storeAdvice } from "@/features/advice/server";
import { requireStudentSchool } from "./require-school";

/** Advice from the pathway, for the student's school (never the student). */
export async function submitPathwayAdvice(
  input: AdviceInput,
  client: string,
): Promise<WritingReceipt & { created: boolean }> {
  const school = await requireStudentSchool(input.roundCode, client);
  return storeAdvice(input, { source: "PATHWAY", institutionId: school.institutionId });
}
