import { cache } from "react";
import { getDb } from "@/lib/db";
import { timeZoneOf } from "@/lib/countries";
import type { StaffContext } from "./staff-context";

// Once per request: a page and the sections on it may each need it.
const timeZoneOfInstitution = cache(async (institutionId: string): Promise<string> => {
  const db = await getDb();
  const institution = await db.institution.findUnique({
    where: { id: institutionId },
    select: { country: true },
  });
  return timeZoneOf(institution?.country ?? "");
});

/** The time zone the caller's institution reads times in. */
export function institutionTimeZone(ctx: StaffContext): Promise<string> {
  return timeZoneOfInstitution(ctx.institutionId);
}
