// `npm run bench:survey`: sustained concurrent POST /api/v1/survey-responses and POST
// /api/v1/advice against the production build on PostgreSQL, beside same-run baselines at the
// same concurrency (GET /api/health over HTTP; the app's own survey statement sent by hand
// through a pg pool, no HTTP and no Prisma; a bare INSERT through the same pool), then a check
// that every acknowledged survey response and piece of advice is stored exactly once
// (bench/submissions.ts). Each write's req/s is printed as a share of the health check's.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/<scratch> npm run bench:survey -- \
//     [--connections 20] [--seconds 60] [--slices 4] [--duplicates 0.1] [--no-build]
// Each workload runs `seconds` in all, in `slices` turns interleaved with the others, so the
// machine's drifting load weighs on the submissions and the baselines alike.
import { randomBytes, randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { createRound } from "@/features/survey/server/create-round";
import { answerRows } from "@/features/survey/domain/answer-rows";
import { getSurveyDefinition } from "@/features/survey/domain/load-surveys";
import { scoreResponse, shouldInvite } from "@/features/survey/domain/scoring";
import { responseStatement } from "@/features/survey/server/insert-response";
import type { SurveyResponseBody } from "@/features/survey/schemas";
import { closeDb, getDb } from "@/lib/db";
import { openAndMigrate } from "@/lib/db/setup";
import { env } from "@/lib/env";
import { benchPort, buildApp, startApp } from "./app-server";
import { interleave, resultTable, Workload, type LoadResult } from "./load";
import { machine, writeResult } from "./report";
import {
  Acknowledged,
  adviceBody,
  checkAdvice,
  checkSurveyResponses,
  describe,
  randomAnswers,
  sendAdvice,
  sendMaybeTwice,
  sendSurvey,
  surveyBody,
  type AdviceBody,
} from "./submissions";

const { values: opts } = parseArgs({
  options: {
    connections: { type: "string", default: "20" },
    seconds: { type: "string", default: "60" },
    duplicates: { type: "string", default: "0.1" },
    slices: { type: "string", default: "4" },
    "no-build": { type: "boolean", default: false },
  },
});
const connections = Number(opts.connections);
const seconds = Number(opts.seconds);
const duplicateShare = Number(opts.duplicates);
const slices = Number(opts.slices);
const databaseUrl = env().DATABASE_URL;
if (!databaseUrl) {
  console.error("Set DATABASE_URL to a scratch PostgreSQL database (createdb ... belong_bench).");
  process.exit(2);
}

interface BenchRound {
  code: string;
  roundId: string;
  institutionId: string;
  /** A second round of the same school, for the statement sent by hand (checked apart). */
  floorRoundId: string;
}

async function prepareRound(): Promise<BenchRound> {
  await openAndMigrate();
  const db = await getDb();
  const institution = await db.institution.create({
    data: { name: `Bench school ${randomBytes(3).toString("hex")}`, country: "DK" },
  });
  const groups = await Promise.all(
    ["Bench A", "Bench B"].map((name) =>
      db.group.create({ data: { institutionId: institution.id, name } }),
    ),
  );
  const [round, floor] = await Promise.all(
    ["Benchmark", "Benchmark floor"].map((name) =>
      createRound(institution.id, {
        name,
        kind: "PULSE",
        groupIds: groups.map((g) => g.id),
        opensAt: new Date(Date.now() - 60_000),
        closesAt: new Date(Date.now() + 24 * 3600_000),
      }),
    ),
  );
  await closeDb();
  return {
    code: round!.code,
    roundId: round!.id,
    institutionId: institution.id,
    floorRoundId: floor!.id,
  };
}

const definition = getSurveyDefinition("belonging-pulse")!;

/**
 * The app's survey statement (insert-response.ts) with its rate-limit gate, for a new student,
 * sent through a pg pool: what a write costs the database and pg, without HTTP, Next, zod or
 * Prisma. Its rows go to a round of their own.
 */
async function statementByHand(pool: pg.Pool, roundId: string, institutionId: string) {
  const answers = randomAnswers();
  const { score, band } = scoreResponse(definition, answers, { lowBelow: 50 });
  const now = new Date();
  const statement = responseStatement(
    {
      responseId: randomUUID(),
      roundId,
      institutionId,
      participantId: randomUUID(),
      groupId: null,
      submissionId: randomUUID(),
      locale: "en",
      score,
      band,
      invited: shouldInvite({ band, answers, definition }),
      day: now.toISOString().slice(0, 10),
      now,
      rows: answerRows(definition, answers),
    },
    {
      counted: { name: "bench-floor", limit: 1_000_000, windowSeconds: 60 },
      client: randomBytes(3).toString("hex"),
      now,
    },
  );
  const { rows } = await pool.query<{ inserted: boolean }>(statement.text, statement.values);
  return rows[0]?.inserted === true;
}

/** The results table with each workload's throughput as a share of the health check's. */
function withRatios(results: readonly LoadResult[]): string {
  const health = results.find((r) => r.name.includes("/api/health"))?.throughput ?? NaN;
  const lines = resultTable(results).split("\n");
  return lines
    .map((line, i) => {
      if (i === 0) return `${line} ÷ health |`;
      if (i === 1) return `${line} ---: |`;
      return `${line} ${(results[i - 2]!.throughput / health).toFixed(2)} |`;
    })
    .join("\n");
}

async function main() {
  if (!opts["no-build"]) buildApp();
  const { code, roundId, institutionId, floorRoundId } = await prepareRound();
  const app = await startApp(await benchPort(0), {
    NODE_ENV: "production",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    // As behind one proxy (nginx): each simulated student's X-Forwarded-For address counts,
    // so the load measures the write path, not one client's rate limit.
    TRUSTED_PROXY_HOPS: "1",
  });
  const base = app.base;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 }); // pg's default, as the app's
  try {
    const surveys = new Acknowledged<SurveyResponseBody>();
    const advice = new Acknowledged<AdviceBody>();
    await pool.query(
      "CREATE TABLE IF NOT EXISTS bench_baseline (id uuid PRIMARY KEY, payload jsonb NOT NULL, created_on date NOT NULL DEFAULT CURRENT_DATE)",
    );
    const submissions = new Workload("POST /api/v1/survey-responses", connections, (time) =>
      sendMaybeTwice(
        surveyBody(code),
        duplicateShare,
        surveys,
        (b) => sendSurvey(base, b, surveys),
        time,
      ),
    );
    const adviceLoad = new Workload("POST /api/v1/advice", connections, (time) =>
      sendMaybeTwice(
        adviceBody(code),
        duplicateShare,
        advice,
        (b) => sendAdvice(base, b, advice),
        time,
      ),
    );
    const byHand = new Workload(
      "floor: the same survey statement by hand (pg pool, max 10)",
      connections,
      (time) => time(() => statementByHand(pool, floorRoundId, institutionId)),
    );
    const inserts = new Workload("baseline: bare INSERT (pg pool, max 10)", connections, (time) =>
      time(async () => {
        await pool.query("INSERT INTO bench_baseline (id, payload) VALUES ($1, $2)", [
          randomUUID(),
          JSON.stringify(randomAnswers()),
        ]);
        return true;
      }),
    );
    const health = new Workload(
      "baseline: GET /api/health (HTTP + SELECT 1)",
      connections,
      (time) => time(async () => (await fetch(`${base}/api/health`)).ok),
    );

    console.info(`Warming up, then ${connections} connections, ${seconds} s per workload...`);
    const loadBefore = loadavg()[0]!;
    await new Workload("warm-up", connections, async (time) => {
      await time(async () => (await sendSurvey(base, surveyBody(code), surveys)) !== undefined);
      await time(async () => (await sendAdvice(base, adviceBody(code), advice)) !== undefined);
    }).run(3);
    const results = await interleave([health, submissions, adviceLoad, byHand, inserts], {
      seconds,
      slices,
    });
    const loadAfter = loadavg()[0]!;

    const surveyCheck = await checkSurveyResponses(pool, roundId, surveys);
    const adviceCheck = await checkAdvice(pool, institutionId, advice);
    const pgVersion = (
      await pool.query<{ v: string }>("SELECT current_setting('server_version') AS v")
    ).rows[0]?.v;
    const where = `${machine()}, PostgreSQL ${pgVersion}, load average ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)}`;

    console.info(`\n${where}\n\n${withRatios(results)}\n`);
    console.info(describe("Survey responses", surveyCheck, surveys));
    console.info(describe("Advice", adviceCheck, advice));
    const problems = [...surveyCheck.problems, ...adviceCheck.problems];
    for (const p of problems.slice(0, 20)) console.error(`  ${p}`);
    writeResult("survey-submit", {
      machine: where,
      connections,
      seconds,
      slices,
      results,
      surveyCheck,
      adviceCheck,
    });
    if (problems.length > 0 || surveys.racingMismatches + advice.racingMismatches > 0) {
      process.exitCode = 1;
    }
  } finally {
    await pool.query("DROP TABLE IF EXISTS bench_baseline").catch(() => {});
    await pool.end();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
