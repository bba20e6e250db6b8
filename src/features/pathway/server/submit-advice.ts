import "server-only";
import type { AdviceInput, WritingReceipt } from "@/features/advice";
import { storeAdvice } from "@/features/advice/server";
import { findPathwaySchool } from "./find-school";

/** Advice from the pathway: attached to the school of the student's survey round, if any. */
export async function submitPathwayAdvice(
  input: AdviceInput,
  client: string,
): Promise<WritingReceipt & { created: boolean }> {
  const school = await findPathwaySchool(input.roundCode, client);
  return storeAdvice(input, { source: "PATHWAY", institutionId: school?.institutionId ?? null });
}
