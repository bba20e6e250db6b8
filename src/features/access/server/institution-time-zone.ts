import { getDb } from "@/lib/db";
import { timeZoneOf } from "@/lib/countries";
import type { StaffContext } from "./staff-context";

/** The time zone the caller's institution reads times in. */
export async function institutionTimeZone(ctx: StaffContext): Promise<string> {
  const db = await getDb();
  const institution = await db.institution.findUnique({
    where: { id: ctx.institutionId },
    select: { country: true },
  });
  return timeZoneOf(institution?.country ?? "");
}
