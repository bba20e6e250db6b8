// `npm run bench:dashboard [pairs]`: times the round summary and the before/after comparison
// on PostgreSQL seeded with 100,000 responses (with answers) over 200 groups, as `pairs`
// (default 10) baseline/follow-up pairs of rounds sharing them out, beside a same-run
// baseline: a plain COUNT(*) over survey_responses. `pairs` 1 makes the worst case, two
// rounds of 50,000. Needs DATABASE_URL (a scratch database); the data is seeded once.
import { performance } from "node:perf_hooks";
import { cpus, totalmem } from "node:os";
import { getBeforeAfter } from "@/features/dashboard/server/get-before-after";
import { getRoundResults } from "@/features/dashboard/server/get-round-results";
import { clearRoundAggregates } from "@/features/dashboard/server/round-aggregates";
import { closeDb } from "@/lib/db";
import { openAndMigrate } from "@/lib/db/setup";
import { env } from "@/lib/env";
import { BENCH_INSTITUTION, baselineRound, followUpRound, seedBench } from "./dashboard-seed";

const RUNS = 7;
const TOTAL_RESPONSES = 100_000;
const PAIRS = Number(process.argv[2] ?? 10);

async function time(label: string, run: () => Promise<unknown>) {
  await run(); // warm-up: plans and caches, as on a dashboard that is already in use
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  return { label, median, min: samples[0] ?? 0, max: samples[samples.length - 1] ?? 0 };
}

async function main() {
  if (!env().DATABASE_URL) throw new Error("Set DATABASE_URL to a scratch PostgreSQL database.");
  const { handle } = await openAndMigrate();
  const db = handle.prisma;
  const seedStart = performance.now();
  const seeded = await seedBench(db, PAIRS, TOTAL_RESPONSES / (2 * PAIRS));
  if (seeded) console.info(`Seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  // Index-only scans need the visibility map that autovacuum keeps on a live database.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  const [size] = await db.$queryRaw<{ responses: number; answers: number }[]>`
    SELECT (SELECT COUNT(*)::int FROM survey_responses) AS responses,
           (SELECT COUNT(*)::int FROM answers) AS answers`;

  const [rounds] = await db.$queryRaw<{ n: number; size: number }[]>`
    SELECT COUNT(DISTINCT round_id)::int AS n, (COUNT(*) / COUNT(DISTINCT round_id))::int AS size
    FROM survey_responses`;
  const pairs = (rounds?.n ?? 2) / 2;
  const BASELINE_ROUND = baselineRound(pairs);
  const FOLLOW_UP_ROUND = followUpRound(pairs);
  const ctx = { userId: "bench", institutionId: BENCH_INSTITUTION, role: "COORDINATOR" as const };
  const results = [
    await time(
      "baseline: SELECT COUNT(*) FROM survey_responses",
      () => db.$queryRaw`SELECT COUNT(*)::int FROM survey_responses`,
    ),
    await time("round summary, first view (whole round)", () => {
      clearRoundAggregates();
      return getRoundResults(ctx, { roundId: BASELINE_ROUND }, "en");
    }),
    await time("round summary, first view (one group)", () => {
      clearRoundAggregates();
      return getRoundResults(ctx, { roundId: BASELINE_ROUND, groupId: "bench-g17" }, "en");
    }),
    await time("round summary, switching scope (a programme)", () =>
      getRoundResults(ctx, { roundId: BASELINE_ROUND, programme: "Programme 7" }, "en"),
    ),
    await time("before/after (whole round)", () =>
      getBeforeAfter(ctx, { roundId: FOLLOW_UP_ROUND }),
    ),
  ];

  const base = results[0]?.median ?? 1;
  console.info(
    `\n${size?.responses} responses, ${size?.answers} answers, 200 groups, ${rounds?.n} rounds ` +
      `of ${rounds?.size}; ${cpus().length} cores, ` +
      `${Math.round(totalmem() / 2 ** 30)} GB; median of ${RUNS} runs after a warm-up\n`,
  );
  console.info("| query | median ms | min ms | max ms | x COUNT(*) |");
  console.info("| --- | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    console.info(
      `| ${r.label} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${r.max.toFixed(1)} | ` +
        `${(r.median / base).toFixed(1)} |`,
    );
  }
  await closeDb();
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb();
  process.exit(1);
});
