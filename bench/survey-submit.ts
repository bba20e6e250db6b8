// `npm run bench:survey`: sustained concurrent POST /api/v1/survey-responses against the
// production build on PostgreSQL, beside two same-run baselines at the same concurrency (a bare
// INSERT through a pg pool sized like the app's, and GET /api/health over HTTP), then a check
// that every acknowledged submission is stored exactly once with all its answers.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/<scratch> npm run bench:survey -- \
//     [--connections 20] [--seconds 15] [--slices 4] [--duplicates 0.1] [--no-build]
// Each workload runs `seconds` in all, in `slices` turns interleaved with the others, so the
// machine's drifting load weighs on the submissions and the baselines alike.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createRound } from "@/features/survey";
import { answerRows } from "@/features/survey/domain/answer-rows";
import { getSurveyDefinition } from "@/features/survey/domain/load-surveys";
import type { SurveyResponseBody } from "@/features/survey/schemas";
import { closeDb, getDb } from "@/lib/db";
import { openAndMigrate } from "@/lib/db/setup";
import { env } from "@/lib/env";
import { interleave, resultTable, Workload } from "./load";

const { values: opts } = parseArgs({
  options: {
    connections: { type: "string", default: "20" },
    seconds: { type: "string", default: "15" },
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
const root = process.cwd();
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
const definition = getSurveyDefinition("belonging-pulse")!;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** A plausible student's answers: every scale item, some barriers, sometimes a wish. */
function randomAnswers(): SurveyResponseBody["answers"] {
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

async function prepareRound(): Promise<{ code: string; roundId: string }> {
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
  const round = await createRound(institution.id, {
    name: "Benchmark",
    kind: "PULSE",
    groupIds: groups.map((g) => g.id),
    opensAt: new Date(Date.now() - 60_000),
    closesAt: new Date(Date.now() + 24 * 3600_000),
  });
  await closeDb();
  return { code: round.code, roundId: round.id };
}

async function startServer(port: number) {
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      AUTH_SECRET: randomBytes(32).toString("base64url"),
    },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { server, base };
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error("The app did not become healthy within 20 s.");
}

async function main() {
  if (!opts["no-build"]) {
    console.info("Building the production app (next build)...");
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const { code, roundId } = await prepareRound();
  const port = await freePort();
  const { server, base } = await startServer(port);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 }); // pg's default, as the app's
  try {
    const acked = new Map<string, { next: string; rows: number }>();
    let pairs = 0;
    let pairMismatches = 0;
    const submit = async (body: SurveyResponseBody) => {
      const response = await fetch(`${base}/api/v1/survey-responses`, {
        method: "POST",
        // Each simulated student has its own address: the load test measures the write path,
        // not the per-client rate limit (src/lib/http/rate-limit-rules.ts).
        headers: {
          "content-type": "application/json",
          "x-forwarded-for": `10.9.${(body.submissionId.charCodeAt(0) * 7) % 256}.${body.submissionId.charCodeAt(1)}`,
        },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as { next?: string };
      if (!response.ok || !json.next) return undefined;
      acked.set(body.submissionId, {
        next: json.next,
        rows: answerRows(definition, body.answers).length,
      });
      return json.next;
    };
    const newBody = (): SurveyResponseBody => ({
      roundCode: code,
      submissionId: randomUUID(),
      locale: "en",
      answers: randomAnswers(),
    });

    await pool.query(
      "CREATE TABLE IF NOT EXISTS bench_baseline (id uuid PRIMARY KEY, payload jsonb NOT NULL, created_on date NOT NULL DEFAULT CURRENT_DATE)",
    );
    const submissions = new Workload("POST /api/v1/survey-responses", connections, async (time) => {
      const body = newBody();
      if (Math.random() >= duplicateShare) {
        return time(async () => (await submit(body)) !== undefined);
      }
      // A retry racing the first try: same submissionId, both must get the same answer.
      const answers: (string | undefined)[] = [];
      await Promise.all(
        [0, 1].map((i) => time(async () => (answers[i] = await submit(body)) !== undefined)),
      );
      pairs++;
      if (answers[0] === undefined || answers[0] !== answers[1]) pairMismatches++;
    });
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
    await new Workload("warm-up", connections, (time) =>
      time(async () => (await submit(newBody())) !== undefined),
    ).run(3);
    const results = await interleave([submissions, inserts, health], { seconds, slices });

    const stored = await pool.query<{ submission_id: string; invited: boolean; answers: string }>(
      `SELECT r.submission_id, r.invited_to_pathway AS invited,
              (SELECT count(*) FROM answers a WHERE a.response_id = r.id) AS answers
         FROM survey_responses r WHERE r.round_id = $1`,
      [roundId],
    );
    const byId = new Map<string, { invited: boolean; answers: number; copies: number }>();
    for (const row of stored.rows) {
      const seen = byId.get(row.submission_id);
      byId.set(row.submission_id, {
        invited: row.invited,
        answers: Number(row.answers),
        copies: (seen?.copies ?? 0) + 1,
      });
    }
    const problems: string[] = [];
    for (const [id, ack] of acked) {
      const row = byId.get(id);
      if (!row) problems.push(`${id}: acknowledged but not stored`);
      else if (row.copies !== 1) problems.push(`${id}: stored ${row.copies} times`);
      else if (row.invited !== (ack.next === "pathway-invitation")) {
        problems.push(`${id}: answered ${ack.next} but stored invited=${row.invited}`);
      } else if (row.answers !== ack.rows) {
        problems.push(`${id}: ${row.answers} of ${ack.rows} answers stored`);
      }
    }
    const unacknowledged = [...byId.keys()].filter((id) => !acked.has(id)).length;
    const pgVersion = (
      await pool.query<{ v: string }>("SELECT current_setting('server_version') AS v")
    ).rows[0]?.v;
    const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, PostgreSQL ${pgVersion}`;

    console.info(`\n${machine}\n\n${resultTable(results)}\n`);
    console.info(
      `Verification: ${acked.size} acknowledged submissions, ${stored.rowCount} stored rows, ` +
        `${pairs} racing retry pairs (${pairMismatches} not answered alike), ` +
        `${unacknowledged} stored without acknowledgement, ${problems.length} problems.`,
    );
    for (const p of problems.slice(0, 20)) console.error(`  ${p}`);
    mkdirSync(join(root, "bench", "results"), { recursive: true });
    writeFileSync(
      join(root, "bench", "results", `survey-submit-${Date.now()}.json`),
      JSON.stringify(
        { machine, connections, seconds, slices, results, acked: acked.size, problems },
        null,
        2,
      ),
    );
    if (problems.length > 0 || pairMismatches > 0) process.exitCode = 1;
  } finally {
    await pool.query("DROP TABLE IF EXISTS bench_baseline").catch(() => {});
    await pool.end();
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
