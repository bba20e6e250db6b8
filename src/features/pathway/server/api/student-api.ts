import "server-only";
import { z } from "zod";
import { locales } from "@/i18n/locales";
import { clientKey, readQuery, withProblems } from "@/lib/http";
import { pathwayStudentData } from "../page-data";

// A code is short; anything longer is no code, and is refused before it costs a lookup.
const querySchema = z.object({
  locale: z.enum(locales),
  from: z.string().max(64).optional(),
});

/**
 * GET /api/v1/pathway?locale=…[&from=CODE]: the part of the pathway that depends on the
 * student (their school, its help and local stories, past advice), read by the page that is
 * the same for everyone. It only reads; a wrong code counts against the client as anywhere.
 */
export const pathwayStudent = withProblems(async (request: Request) => {
  const { locale, from } = readQuery(request, querySchema);
  const data = await pathwayStudentData(locale, { code: from, client: clientKey(request) });
  // The student's own school: never kept by a shared cache.
  return Response.json(data, { headers: { "cache-control": "private, no-store" } });
});
