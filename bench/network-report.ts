// `npm run bench:network -- [--schools 10] [--responses 50000] [--runs 11] [--no-http] [--no-build]`:
// times the network report for one network of `schools` member schools with `responses`
// responses in all (a closed baseline and follow-up per school), beside a same-run baseline: a
// plain COUNT(*) of the same rows. Two figures: the report's data load (the feature's loader,
// in process) and, unless --no-http, the whole page over HTTP from the production build as the
// signed-in network lead. Median of `runs` after a warm-up. Needs DATABASE_URL (a scratch
// PostgreSQL database); the data set is seeded once and kept.
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { getNetworkReport } from "@/features/network/server/get-network-report";
import { closeDb } from "@/lib/db";
import { openAndMigrate } from "@/lib/db/setup";
import { env } from "@/lib/env";
import { benchPort, buildApp, startApp } from "./app-server";
import { BENCH_LEAD, BENCH_NETWORK, seedNetworkBench } from "./network-seed";
import { machine, writeResult } from "./report";
import { staffSessionCookie, timeRuns } from "./timing";

const { values: args } = parseArgs({
  options: {
    schools: { type: "string", default: "10" },
    responses: { type: "string", default: "50000" },
    runs: { type: "string", default: "11" },
    "no-http": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
  },
});
const RUNS = Number(args.runs);

const time = (label: string, run: () => Promise<unknown>) => timeRuns(label, RUNS, run);

/** The whole network page over HTTP, as the lead: a session cookie made with the app's secret. */
async function timePage(databaseUrl: string) {
  if (!args["no-build"]) buildApp();
  const { secret, cookie } = await staffSessionCookie(BENCH_LEAD);
  const app = await startApp(await benchPort(0), {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: secret,
    NODE_ENV: "production",
  });
  try {
    const get = async () => {
      const response = await fetch(`${app.base}/en/staff/network`, {
        headers: { cookie },
        redirect: "manual",
      });
      const body = await response.text();
      if (response.status !== 200 || !body.includes("Network school 1")) {
        throw new Error(`The network page answered ${response.status} without the report.`);
      }
    };
    return await time("network page over HTTP (GET /en/staff/network, signed in)", get);
  } finally {
    await app.stop();
  }
}

async function main() {
  const databaseUrl = env().DATABASE_URL;
  if (!databaseUrl) throw new Error("Set DATABASE_URL to a scratch PostgreSQL database.");
  const { handle } = await openAndMigrate();
  const db = handle.prisma;
  const schools = Number(args.schools);
  const perRound = Math.round(Number(args.responses) / (2 * schools));
  const seedStart = performance.now();
  if (await seedNetworkBench(db, schools, perRound)) {
    console.info(`Seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  }
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  const lead = { userId: BENCH_LEAD, networkId: BENCH_NETWORK, networkName: "Benchmark network" };
  const load = loadavg()[0] ?? 0;

  const results = [
    await time(
      "baseline: SELECT COUNT(*) of the network's responses",
      () => db.$queryRaw`SELECT COUNT(*)::int FROM survey_responses WHERE id LIKE 'bench-net-%'`,
    ),
    await time("network report data load (getNetworkReport)", () => getNetworkReport(lead)),
  ];
  if (!args["no-http"]) results.push(await timePage(databaseUrl));

  const [size] = await db.$queryRaw<{ responses: number; answers: number }[]>`
    SELECT (SELECT COUNT(*)::int FROM survey_responses WHERE id LIKE 'bench-net-%') AS responses,
           (SELECT COUNT(*)::int FROM answers WHERE response_id LIKE 'bench-net-%') AS answers`;
  const base = results[0]?.median ?? 1;
  console.info(
    `\n${schools} schools, ${size?.responses} responses, ${size?.answers} answers; ${machine()};` +
      ` load average ${load.toFixed(1)} -> ${(loadavg()[0] ?? 0).toFixed(1)};` +
      ` median of ${RUNS} runs after a warm-up\n`,
  );
  console.info("| what | median ms | min ms | max ms | x COUNT(*) |");
  console.info("| --- | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    console.info(
      `| ${r.label} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${r.max.toFixed(1)} | ` +
        `${(r.median / base).toFixed(1)} |`,
    );
  }
  writeResult("network", { schools, size, load, results });
  await closeDb();
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb();
  process.exit(1);
});
