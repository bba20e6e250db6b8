import "server-only";
import { getDb } from "@/lib/db";
import { lookUpCode, RATE_LIMITS } from "@/lib/http";
import { isRoundCode, normaliseRoundCode } from "../domain/round-code";

export interface RoundByCode {
  id: string;
  code: string;
  name: string;
  surveyKey: string;
  kind: "BASELINE" | "FOLLOW_UP" | "PULSE";
  opensAt: Date;
  closesAt: Date;
  institution: {
    id: string;
    country: string;
    defaultLocale: string;
    pathwayThreshold: number;
    helpContacts: string;
  };
  /** The round's groups, by name. */
  groups: { id: string; name: string }[];
}

interface Row {
  id: string;
  code: string;
  name: string;
  survey_key: string;
  kind: RoundByCode["kind"];
  opens_at: Date;
  closes_at: Date;
  institution_id: string;
  country: string;
  default_locale: string;
  pathway_threshold: number;
  help_contacts: string;
  groups: { id: string; name: string }[];
}

/**
 * A round by its public code, as typed (any case, spaces or hyphens), with what answering it
 * needs: the institution's threshold and help contacts, and the groups to choose from.
 * Undefined for junk or an unknown code, so callers answer not-found the same way for both.
 * One SQL statement: every submission starts here, and Prisma would make four of it.
 */
export async function findRoundByCode(typed: string): Promise<RoundByCode | undefined> {
  const code = normaliseRoundCode(typed);
  if (!isRoundCode(code)) return undefined;
  const db = await getDb();
  const rows = await db.$queryRaw<Row[]>`
    SELECT r.id, r.code, r.name, r.survey_key, r.kind::text AS kind, r.opens_at, r.closes_at,
           i.id AS institution_id, i.country, i.default_locale, i.pathway_threshold,
           i.help_contacts,
           COALESCE(
             json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name, g.id)
               FILTER (WHERE g.id IS NOT NULL),
             '[]'::json
           ) AS groups
      FROM survey_rounds r
      JOIN institutions i ON i.id = r.institution_id
      LEFT JOIN survey_round_groups rg ON rg.round_id = r.id
      LEFT JOIN groups g ON g.id = rg.group_id
     WHERE r.code = ${code}
     GROUP BY r.id, i.id`;
  const row = rows[0];
  if (!row) return undefined;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    surveyKey: row.survey_key,
    kind: row.kind,
    opensAt: new Date(row.opens_at),
    closesAt: new Date(row.closes_at),
    institution: {
      id: row.institution_id,
      country: row.country,
      defaultLocale: row.default_locale,
      pathwayThreshold: Number(row.pathway_threshold),
      helpContacts: row.help_contacts,
    },
    groups: row.groups,
  };
}

/**
 * findRoundByCode for a request from outside: every public route that takes a round code
 * looks it up through here, so wrong codes count against the client and, over the limit,
 * every code is refused (AppError rate_limited), a right one too.
 */
export function findRoundForClient(
  typed: string,
  client: string,
): Promise<RoundByCode | undefined> {
  return lookUpCode(RATE_LIMITS.roundCodeMisses, client, () => findRoundByCode(typed));
}
