// `npm run bench`: every benchmark in bench/, one after the other (never in parallel: each
// needs the machine to itself), each printing its figures beside its own same-run baseline.
// The app is built once; benchmarks that need PostgreSQL get a fresh scratch database each,
// created on BENCH_POSTGRES_URL's server and dropped afterwards.
//   npm run bench -- [--only pages,survey] [--skip dashboard] [--keep-databases] [--no-build]
// To add a benchmark, add its npm script and a line to BENCHES.
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { buildApp } from "./app-server";

interface Bench {
  name: string;
  /** The npm script that runs it alone (with its own options, see BENCHMARKS.md). */
  script: string;
  /** Takes `--no-build` (it would otherwise build the app itself). */
  usesBuild?: boolean;
  /** Needs DATABASE_URL: gets a scratch PostgreSQL database of its own. */
  database?: boolean;
}

export const BENCHES: readonly Bench[] = [
  { name: "pages", script: "bench:pages", usesBuild: true },
  { name: "survey", script: "bench:survey", usesBuild: true, database: true },
  { name: "dashboard", script: "bench:dashboard", usesBuild: true, database: true },
  { name: "live", script: "bench:live", usesBuild: true, database: true },
  { name: "weight", script: "bench:weight", usesBuild: true },
  { name: "lighthouse", script: "bench:lighthouse", usesBuild: true },
  { name: "sessions", script: "bench:sessions", database: true },
  { name: "start-memory", script: "bench:start-memory" },
  { name: "network", script: "bench:network", usesBuild: true, database: true },
];

const { values: opts } = parseArgs({
  options: {
    only: { type: "string" },
    skip: { type: "string", default: "" },
    "keep-databases": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
  },
});
const only = opts.only?.split(",");
const skip = opts.skip.split(",");
const selected = BENCHES.filter((b) => (!only || only.includes(b.name)) && !skip.includes(b.name));
const server = new URL(
  process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
);

async function onServer<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function main() {
  if (selected.length === 0)
    throw new Error(`No benchmark selected (${BENCHES.map((b) => b.name)}).`);
  if (!opts["no-build"] && selected.some((b) => b.usesBuild)) buildApp();
  const outcomes: string[] = [];
  for (const bench of selected) {
    const env = { ...process.env };
    const database = `belong_bench_${bench.name}_${Date.now()}`;
    if (bench.database) {
      await onServer((c) => c.query(`CREATE DATABASE "${database}"`));
      env.DATABASE_URL = Object.assign(new URL(server), { pathname: `/${database}` }).toString();
    }
    const load = loadavg()[0]!.toFixed(1);
    console.info(`\n=== ${bench.name} (npm run ${bench.script}), load average ${load}\n`);
    const started = Date.now();
    const args = ["run", bench.script, ...(bench.usesBuild ? ["--", "--no-build"] : [])];
    const run = spawnSync("npm", args, { stdio: "inherit", env });
    const took = ((Date.now() - started) / 1000).toFixed(0);
    outcomes.push(
      `${bench.name}: ${run.status === 0 ? "ok" : `FAILED (${run.status})`}, ${took} s`,
    );
    if (bench.database && !opts["keep-databases"]) {
      await onServer((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    }
  }
  console.info(`\n${outcomes.join("\n")}`);
  if (outcomes.some((o) => o.includes("FAILED"))) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
