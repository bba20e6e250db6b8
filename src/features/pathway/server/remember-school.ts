import "server-only";
import { AppError, hitRateLimit, peekRateLimit, RATE_LIMITS } from "@/lib/http";
import { rememberSchool } from "@/lib/participant";
import type { SchoolCodeInput } from "../schemas";
import { findSchoolByCode } from "./find-school";

const RULE = RATE_LIMITS.schoolCodeMisses;

/**
 * A student typed the code their school gave them: this device now belongs to that school, so
 * what they write reaches it. Wrong codes count against the client; once over the limit a
 * right guess is refused too, so guessing learns nothing. The answer never names the school:
 * a phone on a classroom desk should not show it to others.
 */
export async function rememberSchoolByCode(input: SchoolCodeInput, client: string): Promise<void> {
  const over = await peekRateLimit(RULE, client);
  if (!over.allowed) {
    throw new AppError("rate_limited", "Too many wrong codes. Please wait a moment.", {
      retryAfterSeconds: over.retryAfterSeconds,
    });
  }
  const school = await findSchoolByCode(input.code);
  if (!school) {
    await hitRateLimit(RULE, client);
    throw new AppError("not_found", "There is no school, survey or session with this code.");
  }
  await rememberSchool(school.institutionId);
}
