import "server-only";
import { AppError } from "@/lib/http";
import { studentSchool, type PathwaySchool } from "./find-school";

/**
 * The school that will see what a student writes. Nothing is stored without one: advice would
 * reach no moderation queue and a worrying reflection would raise a flag nobody sees. The page
 * answers school_unknown by asking for the code the school gave the student, keeping the text.
 */
export async function requireStudentSchool(code: unknown, client: string): Promise<PathwaySchool> {
  const school = await studentSchool(code, client);
  if (!school) {
    throw new AppError(
      "school_unknown",
      "We don't know the student's school yet: send the code the school gave them first.",
    );
  }
  return school;
}
