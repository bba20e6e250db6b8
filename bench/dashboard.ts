// `npm run bench:dashboard -- [--pairs 10] [--runs 7] [--compare-index]`: times the round
// summary and the before/after comparison on PostgreSQL seeded with 100,000 responses (with
// answers) over 200 groups, shared out as `pairs` baseline/follow-up pairs of rounds, beside a
// same-run baseline: a plain COUNT(*) over survey_responses. `--pairs 1` is the worst case, two
// rounds of 50,000. `--compare-index` times the first view once more without the dashboard's
// covering answers index (dropped, then made again). Then the whole results page: the
// production build is started on the same database and GET /{locale}/staff/results is timed
// as a signed-in coordinator (median ms and bytes, first page of groups), beside GET
// /api/health on the same server. Needs DATABASE_URL (a scratch database); the data set is
// seeded once and kept. `--no-build` reuses `.next`; `--no-page` times the queries only.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { cpus, loadavg, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { getBeforeAfter, getRoundResults } from "@/features/dashboard/server";
import { clearRoundAggregates } from "@/features/dashboard/server/round-aggregates";
import { closeDb, type Db } from "@/lib/db";
import { openAndMigrate } from "@/lib/db/setup";
import { env } from "@/lib/env";
import { benchPort, buildApp, startApp } from "./app-server";
import { BENCH_INSTITUTION, baselineRound, followUpRound, seedBench } from "./dashboard-seed";
import { staffSessionCookie, timeRuns } from "./timing";

const TOTAL_RESPONSES = 100_000;
const COVERING_INDEX = "answers_response_id_item_key_value_idx";
const { values: args } = parseArgs({
  options: {
    pairs: { type: "string", default: "10" },
    runs: { type: "string", default: "7" },
    "compare-index": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    "no-page": { type: "boolean", default: false },
  },
});
const RUNS = Number(args.runs);

const time = (label: string, run: () => Promise<unknown>) => timeRuns(label, RUNS, run);

async function main() {
  if (!env().DATABASE_URL) throw new Error("Set DATABASE_URL to a scratch PostgreSQL database.");
  const { handle } = await openAndMigrate();
  const db = handle.prisma;
  const pairsWanted = Number(args.pairs);
  const seedStart = performance.now();
  if (await seedBench(db, pairsWanted, TOTAL_RESPONSES / (2 * pairsWanted))) {
    console.info(`Seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  }
  // Index-only scans need the visibility map that autovacuum keeps on a live database.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  const [size] = await db.$queryRaw<{ responses: number; answers: number; rounds: number }[]>`
    SELECT (SELECT COUNT(*)::int FROM survey_responses) AS responses,
           (SELECT COUNT(*)::int FROM answers) AS answers,
           (SELECT COUNT(DISTINCT round_id)::int FROM survey_responses) AS rounds`;
  const pairs = (size?.rounds ?? 2) / 2;
  const baseline = baselineRound(pairs);
  const ctx = { userId: "bench", institutionId: BENCH_INSTITUTION, role: "COORDINATOR" as const };
  const firstView = () => {
    clearRoundAggregates();
    return getRoundResults(ctx, { roundId: baseline }, "en");
  };
  const load = loadavg()[0] ?? 0;

  const results = [
    await time(
      "baseline: SELECT COUNT(*) FROM survey_responses",
      () => db.$queryRaw`SELECT COUNT(*)::int FROM survey_responses`,
    ),
    await time("round summary, first view (whole round)", firstView),
    await time("round summary, first view (one group)", () => {
      clearRoundAggregates();
      return getRoundResults(ctx, { roundId: baseline, groupId: "bench-g17" }, "en");
    }),
    await time("round summary, switching scope (a programme)", () =>
      getRoundResults(ctx, { roundId: baseline, programme: "Programme 7" }, "en"),
    ),
    await time("before/after (whole round)", () =>
      getBeforeAfter(ctx, { roundId: followUpRound(pairs) }),
    ),
  ];
  if (args["compare-index"]) {
    await db.$executeRawUnsafe(`DROP INDEX "${COVERING_INDEX}"`);
    try {
      results.push(await time("round summary, first view, without the covering index", firstView));
    } finally {
      await db.$executeRawUnsafe(
        `CREATE INDEX "${COVERING_INDEX}" ON "answers"("response_id", "item_key", "value")`,
      );
    }
  }

  if (!args["no-page"]) results.push(...(await timePage(db)));

  const base = results[0]?.median ?? 1;
  console.info(
    `\n${size?.responses} responses, ${size?.answers} answers, 200 groups, ${size?.rounds} rounds` +
      ` of ${Math.round((size?.responses ?? 0) / (size?.rounds || 1))}; ${cpus().length} cores,` +
      ` ${Math.round(totalmem() / 2 ** 30)} GB, load average ${load.toFixed(1)} -> ` +
      `${(loadavg()[0] ?? 0).toFixed(1)}; median of ${RUNS} runs after a warm-up\n`,
  );
  console.info("| query | median ms | min ms | max ms | x COUNT(*) | bytes |");
  console.info("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    console.info(
      `| ${r.label} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${r.max.toFixed(1)} | ` +
        `${(r.median / base).toFixed(1)} | ${"bytes" in r ? r.bytes : ""} |`,
    );
  }
  await closeDb();
}

/**
 * The results page over HTTP, as a coordinator of the benchmark's school opens it (a session
 * cookie made as next-auth makes it), on the production build, with the same server's health
 * check as the baseline: the first view after start (the round's aggregates computed afresh),
 * then the median of RUNS views, each over the whole HTML response.
 */
async function timePage(db: Db) {
  if (!args["no-build"]) buildApp();
  const suffix = randomBytes(4).toString("hex");
  const user = await db.user.create({ data: { email: `bench-${suffix}@school.test` } });
  await db.membership.create({
    data: { userId: user.id, institutionId: BENCH_INSTITUTION, role: "COORDINATOR" },
  });
  const { secret, cookie } = await staffSessionCookie(user.id);
  const app = await startApp(await benchPort(0), { NODE_ENV: "production", AUTH_SECRET: secret });
  try {
    const get = async (path: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${app.base}${path}`, { headers, redirect: "manual" });
      const body = await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
      return body.byteLength;
    };
    const page = () => get("/en/staff/results", { cookie });
    const start = performance.now();
    const bytes = await page();
    const first = performance.now() - start;
    const health = await time("baseline: GET /api/health (same server)", () => get("/api/health"));
    const views = await time("results page, GET /en/staff/results", page);
    return [
      health,
      {
        label: "results page, first view after start",
        median: first,
        min: first,
        max: first,
        bytes,
      },
      { ...views, bytes },
    ];
  } finally {
    await app.stop();
  }
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb();
  process.exit(1);
});
