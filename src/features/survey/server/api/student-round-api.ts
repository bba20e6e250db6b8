import "server-only";
import { z } from "zod";
import { locales } from "@/i18n/locales";
import { clientKey, notFound, readQuery, tooManyWrongCodes, withProblems } from "@/lib/http";
import { loadStudentRound } from "../student-round";

const querySchema = z.object({ locale: z.enum(locales) });

/**
 * GET /api/v1/rounds/{code}?locale=…: the round as its student's page shows it (open with its
 * survey, upcoming, closed, or already answered on this device), read by the page that is the
 * same for every code. A wrong code counts against the client like on every route that takes
 * one: 404 not_found, and over the limit 429 rate_limited for every code.
 */
export const studentRound = withProblems(
  async (request: Request, { params }: RouteContext<"/api/v1/rounds/[code]">) => {
    const { code } = await params;
    const { locale } = readQuery(request, querySchema);
    const round = await loadStudentRound(code, locale, clientKey(request));
    if (round.state === "not-found") throw notFound("round");
    if (round.state === "rate-limited") throw tooManyWrongCodes(round.retryAfterSeconds);
    // Whether this device answered is the student's own: no shared cache may keep it.
    return Response.json(round, { headers: { "cache-control": "private, no-store" } });
  },
);
