import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { kindSpec, OPTION_SEPARATOR } from "@/features/survey";
import { getSurveyDefinition } from "@/features/survey/server";
import { getDb, type Db } from "@/lib/db";
import { CSV_BOM, csvDialect, csvFileName, csvLine, type CsvCell } from "../domain/csv";
import { defaultLocale, type Locale } from "@/i18n/locales";
import { authorize, type StaffContext } from "@/features/access/server";
import { recordAudit } from "@/features/audit/server";
import { AppError } from "@/lib/http";
import { resultsPublished } from "../domain/disclosure";
import { exportPurposeSchema } from "../schemas";
import { trustedResponse } from "./queries/trusted";
import { anonymitySettings, findRound } from "./round-scope";

/** Rows read per query while streaming: memory stays flat however large the export. */
export const EXPORT_BATCH = 2_000;

const FIXED_COLUMNS = [
  "participant",
  "round_code",
  "round_name",
  "round_kind",
  "baseline_round_code",
  "group",
  "programme",
  "locale",
  "submitted_on",
  "score",
  "band",
  "invited_to_pathway",
] as const;

interface ResponseRow {
  id: string;
  participantId: string;
  roundCode: string;
  roundName: string;
  kind: string;
  baselineCode: string | null;
  groupName: string | null;
  programme: string | null;
  /** Blank when fewer than k of the group answered in that language. */
  locale: string | null;
  submittedOn: string;
  score: number | null;
  band: string | null;
  invited: boolean;
  answers: string;
}

/**
 * The pseudonymised response-level export for research (ADMIN only), given for a stated
 * purpose that goes to the audit log with the export. One row per response, the participant
 * re-keyed with a random key made for this export and then forgotten, so two exports cannot
 * be linked to each other or to the database, while a student's baseline and follow-up in the
 * same export share one pseudonym. Only closed rounds, and only groups with at least k
 * responses that vouch for them (see trustedResponse): nothing of a group under k. Dates are the Monday of their week; a language fewer than k of the group used is
 * left blank. Open-text answers are left out: what students write can name them.
 */
export async function exportResponsesCsv(
  ctx: StaffContext,
  input: { roundId?: string; purpose?: string; locale?: Locale } = {},
): Promise<{ fileName: string; rows: number; stream: ReadableStream<Uint8Array> }> {
  authorize(ctx, "export:responses");
  const db = await getDb();
  const { k } = await anonymitySettings(db, ctx.institutionId);
  // Another school's round is not found, with or without a purpose.
  const rounds = (await exportRounds(db, ctx.institutionId, input.roundId)).filter((r) =>
    resultsPublished(r),
  );
  const purpose = exportPurposeSchema.safeParse(input.purpose);
  if (!purpose.success) {
    throw new AppError("validation_failed", "Say what the export is for.", {
      fields: [{ field: "purpose", message: "purpose_required" }],
    });
  }
  const roundIds = rounds.map((r) => r.id);
  const columns = itemColumns(rounds.map((r) => r.surveyKey));
  const rows = await countRows(db, ctx.institutionId, roundIds, k);
  await recordAudit(db, {
    institutionId: ctx.institutionId,
    actorId: ctx.userId,
    action: "responses_exported",
    targetType: "survey_round",
    targetId: input.roundId,
    details: { rounds: rounds.map((r) => r.code), rows, purpose: purpose.data },
  });

  // The file is written for the Excel of the reader's language (separator, decimal mark).
  const dialect = csvDialect(input.locale ?? defaultLocale);
  const key = randomBytes(32);
  const pseudonym = (participantId: string) =>
    createHmac("sha256", key).update(participantId).digest("base64url").slice(0, 16);
  const encoder = new TextEncoder();
  let cursor: string | null = null;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(
          encoder.encode(CSV_BOM + csvLine([...FIXED_COLUMNS, ...columns], dialect)),
        );
        return;
      }
      const batch = await readBatch(db, ctx.institutionId, roundIds, k, cursor);
      if (batch.length === 0) {
        controller.close();
        return;
      }
      cursor = batch[batch.length - 1]?.id ?? null;
      const text = batch.map((row) => csvLine(line(row, columns, pseudonym), dialect)).join("");
      controller.enqueue(encoder.encode(text));
    },
  });
  const round = input.roundId ? rounds.find((r) => r.id === input.roundId)?.code : "all";
  return { fileName: csvFileName("belong-responses", round ?? "all"), rows, stream };
}

/** One round and its baseline (so pairs link), or every round of the institution. */
async function exportRounds(db: Db, institutionId: string, roundId: string | undefined) {
  const select = { id: true, code: true, surveyKey: true, closesAt: true } as const;
  if (!roundId) {
    return db.surveyRound.findMany({
      where: { institutionId },
      select,
      orderBy: { opensAt: "asc" },
    });
  }
  const round = await findRound(db, institutionId, roundId);
  const ids = round.baselineId ? [round.baselineId, round.id] : [round.id];
  return db.surveyRound.findMany({
    where: { institutionId, id: { in: ids } },
    select,
    orderBy: { opensAt: "asc" },
  });
}

/** Answer columns of the rounds' surveys, each item's as its kind exports it. */
function itemColumns(surveyKeys: readonly string[]): string[] {
  const columns: string[] = [];
  for (const key of new Set(surveyKeys)) {
    for (const item of getSurveyDefinition(key)?.items ?? []) {
      columns.push(...kindSpec(item.kind).exportColumns(item));
    }
  }
  return [...new Set(columns)];
}

function line(row: ResponseRow, columns: readonly string[], pseudonym: (id: string) => string) {
  const answers = JSON.parse(row.answers) as Record<string, number>;
  const cells: CsvCell[] = [
    pseudonym(row.participantId),
    row.roundCode,
    row.roundName,
    row.kind,
    row.baselineCode,
    row.groupName,
    row.programme,
    row.locale,
    row.submittedOn,
    row.score,
    row.band,
    row.invited,
  ];
  for (const column of columns) {
    const value = answers[column];
    // A chosen option is 1; an option of a multi item the student answered but did not choose
    // is 0 only if they chose something else in it; skipped stays empty.
    if (value !== undefined) cells.push(value);
    else if (column.includes(OPTION_SEPARATOR) && answeredMulti(answers, column)) cells.push(0);
    else cells.push(null);
  }
  return cells;
}

function answeredMulti(answers: Record<string, number>, column: string): boolean {
  const prefix = column.slice(0, column.indexOf(OPTION_SEPARATOR) + 1);
  return Object.keys(answers).some((key) => key.startsWith(prefix));
}

/**
 * The responses an export may hold: of its rounds, in a group with at least k of them that
 * vouches for them (see trustedResponse). Also the base of the row count. Answers in no group
 * have no size to check made-up answers against, so they stay out of row-level data.
 */
function exportable(roundIds: readonly string[], k: number): Prisma.Sql {
  return Prisma.sql`${trustedResponse("r", roundIds)}
      AND (r.round_id, r.group_id) IN (
        SELECT er.round_id, er.group_id FROM survey_responses er
        WHERE er.round_id IN (${Prisma.join(roundIds)}) AND er.group_id IS NOT NULL
        GROUP BY 1, 2 HAVING COUNT(*) >= ${k})`;
}

async function countRows(
  db: Db,
  institutionId: string,
  roundIds: readonly string[],
  k: number,
): Promise<number> {
  if (roundIds.length === 0) return 0;
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT COUNT(*)::int AS "n" FROM survey_responses r
    JOIN survey_rounds sr ON sr.id = r.round_id
    WHERE sr.institution_id = ${institutionId}
      AND r.round_id IN (${Prisma.join(roundIds)})
      ${exportable(roundIds, k)}`;
  return row?.n ?? 0;
}

async function readBatch(
  db: Db,
  institutionId: string,
  roundIds: readonly string[],
  k: number,
  after: string | null,
): Promise<ResponseRow[]> {
  if (roundIds.length === 0) return [];
  const cursor = after === null ? Prisma.empty : Prisma.sql`AND r.id > ${after}`;
  return db.$queryRaw<ResponseRow[]>`
    SELECT r.id AS "id", r.participant_id AS "participantId", sr.code AS "roundCode",
           sr.name AS "roundName", sr.kind::text AS "kind", sb.code AS "baselineCode",
           g.name AS "groupName", r.programme AS "programme",
           CASE WHEN (SELECT COUNT(*) FROM survey_responses lr
                      WHERE lr.round_id = r.round_id
                        AND lr.group_id IS NOT DISTINCT FROM r.group_id
                        AND lr.locale = r.locale) >= ${k}
                THEN r.locale END AS "locale",
           to_char(date_trunc('week', r.submitted_on), 'YYYY-MM-DD') AS "submittedOn",
           r.score AS "score",
           r.band::text AS "band", r.invited_to_pathway AS "invited",
           COALESCE(
             (SELECT json_object_agg(a.item_key, a.value) FROM answers a
               WHERE a.response_id = r.id AND a.value IS NOT NULL),
             '{}'
           )::text AS "answers"
    FROM survey_responses r
    JOIN survey_rounds sr ON sr.id = r.round_id
    LEFT JOIN survey_rounds sb ON sb.id = sr.baseline_id AND sb.institution_id = sr.institution_id
    LEFT JOIN groups g ON g.id = r.group_id AND g.institution_id = sr.institution_id
    WHERE sr.institution_id = ${institutionId}
      AND r.round_id IN (${Prisma.join(roundIds)})
      ${exportable(roundIds, k)}
      ${cursor}
    ORDER BY r.id
    LIMIT ${EXPORT_BATCH}`;
}
