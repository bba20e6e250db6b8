import "server-only";
import { AppError } from "@/lib/http";
import { rememberSchool } from "@/lib/participant";
import type { SchoolCodeInput } from "../schemas";
import { findSchoolByCode } from "./find-school";

/**
 * A student typed the code their school gave them: this device now belongs to that school, so
 * what they write reaches it. Wrong codes count against the client; once over the limit a
 * right guess is refused too, so guessing learns nothing. The answer never names the school:
 * a phone on a classroom desk should not show it to others.
 */
export async function rememberSchoolByCode(input: SchoolCodeInput, client: string): Promise<void> {
  const school = await findSchoolByCode(input.code, client);
  if (!school) {
    throw new AppError("not_found", "There is no school, survey or session with this code.");
  }
  await rememberSchool(school.institutionId);
}
