// Students sending survey responses and advice over HTTP, the record of what the server
// acknowledged, and the check afterwards that every acknowledged submission is stored exactly
// once: shared by the survey benchmark and the crash tests (tests/e2e/reliability-*.spec.ts).
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { answerRows } from "@/features/survey/domain/answer-rows";
import { getSurveyDefinition } from "@/features/survey/domain/load-surveys";
import type { SurveyResponseBody } from "@/features/survey";

const definition = getSurveyDefinition("belonging-pulse")!;

/** A plausible student's answers: every scale item, some barriers, sometimes a wish. */
export function randomAnswers(): SurveyResponseBody["answers"] {
  const answers: SurveyResponseBody["answers"] = {};
  const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
  for (const item of definition.items) {
    if (item.kind === "scale")
      answers[item.key] = pick(definition.scales[item.scale]!.points).value;
    if (item.kind === "multi") {
      const options = item.options.filter((o) => !o.exclusive).map((o) => o.key);
      answers[item.key] = [...new Set([pick(options), pick(options)])].slice(0, item.maxChoices);
    }
    if (item.kind === "text" && Math.random() < 0.1) answers[item.key] = "More time together";
  }
  return answers;
}

export function surveyBody(roundCode: string): SurveyResponseBody {
  return { roundCode, submissionId: randomUUID(), locale: "en", answers: randomAnswers() };
}

export interface AdviceBody {
  submissionId: string;
  text: string;
  locale: "en";
  consentToShare: boolean;
  source: "PATHWAY";
  roundCode: string;
}

export function adviceBody(roundCode: string): AdviceBody {
  return {
    submissionId: randomUUID(),
    text: `Ask someone at the break how their week went. (${randomUUID().slice(0, 8)})`,
    locale: "en",
    consentToShare: Math.random() < 0.7,
    source: "PATHWAY",
    roundCode,
  };
}

/**
 * Each simulated student has its own address (one of 256, from its submissionId): the load
 * measures the write path, not the per-client rate limit (src/lib/http/rate-limit-rules.ts).
 */
export function studentAddress(submissionId: string): string {
  return `10.9.${(submissionId.charCodeAt(0) * 7) % 256}.${submissionId.charCodeAt(1)}`;
}

/** What the server acknowledged (2xx), by submissionId: what was sent and the answer's key. */
export class Acknowledged<Body> {
  readonly bodies = new Map<string, { body: Body; answer: string }>();
  racingPairs = 0;
  racingMismatches = 0;
}

async function post(base: string, path: string, body: { submissionId: string }) {
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": studentAddress(body.submissionId),
    },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { ok: response.ok, json };
}

/** POSTs a survey response; on 2xx records it with the `next` step it was answered with. */
export async function sendSurvey(
  base: string,
  body: SurveyResponseBody,
  acked: Acknowledged<SurveyResponseBody>,
): Promise<string | undefined> {
  const { ok, json } = await post(base, "/api/v1/survey-responses", body);
  if (!ok || typeof json.next !== "string") return undefined;
  acked.bodies.set(body.submissionId, { body, answer: json.next });
  return json.next;
}

/** POSTs advice; on 2xx records it with whether the receipt asked to show support. */
export async function sendAdvice(
  base: string,
  body: AdviceBody,
  acked: Acknowledged<AdviceBody>,
): Promise<string | undefined> {
  const { ok, json } = await post(base, "/api/v1/advice", body);
  if (!ok || json.submissionId !== body.submissionId) return undefined;
  const answer = `support=${String(json.support)}`;
  acked.bodies.set(body.submissionId, { body, answer });
  return answer;
}

/**
 * Sends `body` once, or (with probability `racingShare`) twice at once, as a retry racing the
 * first try: both must get the same answer. `time` measures each request.
 */
export async function sendMaybeTwice<Body>(
  body: Body,
  racingShare: number,
  acked: Acknowledged<Body>,
  send: (body: Body) => Promise<string | undefined>,
  time: (call: () => Promise<boolean>) => Promise<boolean>,
): Promise<void> {
  if (Math.random() >= racingShare) {
    await time(async () => (await send(body)) !== undefined);
    return;
  }
  const answers: (string | undefined)[] = [];
  await Promise.all(
    [0, 1].map((i) => time(async () => (answers[i] = await send(body)) !== undefined)),
  );
  acked.racingPairs++;
  if (answers[0] === undefined || answers[0] !== answers[1]) acked.racingMismatches++;
}

export interface ExactlyOnce {
  acknowledged: number;
  stored: number;
  /** Rows of this run that no 2xx acknowledged (a request cut off after its commit). */
  unacknowledged: number;
  problems: string[];
}

interface StoredRow {
  submission_id: string;
  detail: string;
}

function compare(
  acked: Map<string, { expected: string }>,
  rows: StoredRow[],
  what: string,
): ExactlyOnce {
  const byId = new Map<string, { detail: string; copies: number }>();
  for (const row of rows) {
    const seen = byId.get(row.submission_id);
    byId.set(row.submission_id, { detail: row.detail, copies: (seen?.copies ?? 0) + 1 });
  }
  const problems: string[] = [];
  for (const [id, { expected }] of acked) {
    const row = byId.get(id);
    if (!row) problems.push(`${what} ${id}: acknowledged but not stored`);
    else if (row.copies !== 1) problems.push(`${what} ${id}: stored ${row.copies} times`);
    else if (row.detail !== expected) {
      problems.push(`${what} ${id}: stored ${row.detail}, acknowledged ${expected}`);
    }
  }
  const unacknowledged = [...byId.keys()].filter((id) => !acked.has(id)).length;
  return { acknowledged: acked.size, stored: rows.length, unacknowledged, problems };
}

/** Every acknowledged response of the round: stored once, invited as answered, all answers. */
export async function checkSurveyResponses(
  pool: pg.Pool,
  roundId: string,
  acked: Acknowledged<SurveyResponseBody>,
): Promise<ExactlyOnce> {
  const { rows } = await pool.query<StoredRow>(
    `SELECT r.submission_id,
            r.invited_to_pathway::text || '/' ||
              (SELECT count(*) FROM answers a WHERE a.response_id = r.id) AS detail
       FROM survey_responses r WHERE r.round_id = $1`,
    [roundId],
  );
  const expected = new Map(
    [...acked.bodies].map(([id, { body, answer }]) => [
      id,
      {
        expected: `${answer === "pathway-invitation"}/${answerRows(definition, body.answers).length}`,
      },
    ]),
  );
  return compare(expected, rows, "response");
}

/** Every acknowledged piece of advice of the school: stored once, with its text as sent. */
export async function checkAdvice(
  pool: pg.Pool,
  institutionId: string,
  acked: Acknowledged<AdviceBody>,
): Promise<ExactlyOnce> {
  const { rows } = await pool.query<StoredRow>(
    `SELECT submission_id, original_text || '/' || consent_to_share::text AS detail
       FROM advice WHERE institution_id = $1`,
    [institutionId],
  );
  const expected = new Map(
    [...acked.bodies].map(([id, { body }]) => [
      id,
      { expected: `${body.text}/${body.consentToShare}` },
    ]),
  );
  return compare(expected, rows, "advice");
}

export function describe(what: string, check: ExactlyOnce, acked: Acknowledged<unknown>): string {
  return (
    `${what}: ${check.acknowledged} acknowledged, ${check.stored} stored rows, ` +
    `${acked.racingPairs} racing retry pairs (${acked.racingMismatches} not answered alike), ` +
    `${check.unacknowledged} stored without acknowledgement, ${check.problems.length} problems.`
  );
}
