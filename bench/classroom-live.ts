// `npm run bench:live -- [--streams 200,500,1000] [--moves 20] [--no-build]`: how many phones
// one app instance can keep live in a classroom session. For each number of open event streams
// (GET /api/v1/sessions/{code}/events) it moves the session's step `moves` times and times how
// long each move takes to reach every stream (p50 / p99 / max over all deliveries), and reads
// the app's memory per open stream. Same-run baseline: a bare node:http server that LISTENs on
// PostgreSQL and writes each NOTIFY to the same number of streams, the floor of this design on
// this machine. Needs DATABASE_URL (a scratch database; npm run bench makes one).
import { execFileSync } from "node:child_process";
import { createServer, get, type IncomingMessage, type ServerResponse } from "node:http";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { moveStep, startSession } from "@/features/classroom/server";
import type { StaffContext } from "@/features/access/server";
import { closeDb, getDb } from "@/lib/db";
import { openAndMigrate } from "@/lib/db/setup";
import { env } from "@/lib/env";
import { benchPort, buildApp, startApp } from "./app-server";
import { machine, writeResult } from "./report";

const { values: opts } = parseArgs({
  options: {
    streams: { type: "string", default: "200,500,1000" },
    moves: { type: "string", default: "20" },
    "no-build": { type: "boolean", default: false },
  },
});
const STREAM_COUNTS = opts.streams.split(",").map(Number);
const MOVES = Number(opts.moves);
const DELIVERY_TIMEOUT_MS = 10_000;

/** One open event stream: the time each state version arrived. */
interface Stream {
  arrived: Map<number, number>;
  close: () => void;
}

function openStream(url: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const arrived = new Map<number, number>();
    const request = get(url, { agent: false }, (response: IncomingMessage) => {
      if (response.statusCode !== 200) {
        reject(new Error(`${url}: ${response.statusCode}`));
        return;
      }
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const id = /^id: (\d+)$/m.exec(buffer.slice(0, end));
          if (id) arrived.set(Number(id[1]), performance.now());
          buffer = buffer.slice(end + 2);
        }
      });
      resolve({ arrived, close: () => request.destroy() });
    });
    request.on("error", reject);
  });
}

async function openStreams(url: string, count: number): Promise<Stream[]> {
  const streams: Stream[] = [];
  // In batches, as a class arrives: a thousand connects at once only measure the backlog.
  for (let i = 0; i < count; i += 50) {
    const batch = Math.min(50, count - i);
    streams.push(...(await Promise.all(Array.from({ length: batch }, () => openStream(url)))));
  }
  return streams;
}

/** Waits until every stream has `version`, and returns each stream's delay after `sentAt`. */
async function deliveries(streams: Stream[], version: number, sentAt: number): Promise<number[]> {
  const deadline = performance.now() + DELIVERY_TIMEOUT_MS;
  while (streams.some((s) => !s.arrived.has(version))) {
    if (performance.now() > deadline) {
      const missing = streams.filter((s) => !s.arrived.has(version)).length;
      throw new Error(`${missing} of ${streams.length} streams never got version ${version}`);
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  return streams.map((s) => s.arrived.get(version)! - sentAt);
}

function summarise(delays: number[]) {
  const sorted = [...delays].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1]! };
}

/** Resident memory of a process group (the app: tsx, start.ts and next start), in MB. */
function groupRssMb(pgid: number): number {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
  return out.split("\n").reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024;
}

/** The baseline: LISTEN on one channel, write each notification to every open stream. */
async function startBareFanOut(databaseUrl: string, port: number) {
  const listener = new pg.Client({ connectionString: databaseUrl });
  await listener.connect();
  await listener.query("LISTEN bench_fan_out");
  const open = new Set<ServerResponse>();
  listener.on("notification", (n) => {
    const state = JSON.parse(n.payload ?? "{}") as { version: number };
    const text = `id: ${state.version}\nevent: state\ndata: ${n.payload}\n\n`;
    for (const response of open) response.write(text);
  });
  const server = createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    response.write(": open\n\n");
    open.add(response);
    request.on("close", () => open.delete(response));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const notifier = new pg.Client({ connectionString: databaseUrl });
  await notifier.connect();
  return {
    url: `http://127.0.0.1:${port}/events`,
    async publish(state: object) {
      await notifier.query("SELECT pg_notify('bench_fan_out', $1)", [JSON.stringify(state)]);
    },
    async stop() {
      server.closeAllConnections();
      server.close();
      await listener.end();
      await notifier.end();
    },
  };
}

async function seedSession(): Promise<{ ctx: StaffContext; id: string; joinCode: string }> {
  const db = await getDb();
  const institution = await db.institution.create({
    data: { name: `Bench school ${Date.now()}`, country: "DK", minGroupSize: 5 },
  });
  const group = await db.group.create({
    data: { institutionId: institution.id, name: "Bench group", programme: "Chef" },
  });
  const user = await db.user.create({ data: { email: `bench-${Date.now()}@bench.test` } });
  await db.membership.create({
    data: { userId: user.id, institutionId: institution.id, role: "COORDINATOR" },
  });
  const ctx: StaffContext = { userId: user.id, institutionId: institution.id, role: "COORDINATOR" };
  const session = await startSession(ctx, {
    groupId: group.id,
    storySlugs: ["amira-workshop"],
    locale: "en",
  });
  return { ctx, ...session };
}

async function main() {
  const databaseUrl = env().DATABASE_URL;
  if (!databaseUrl) throw new Error("bench:live needs DATABASE_URL (a scratch database).");
  if (!opts["no-build"]) buildApp();
  await openAndMigrate();
  const { ctx, id, joinCode } = await seedSession();
  const app = await startApp(await benchPort(0), {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "bench-only-secret-bench-only-secret-0000",
  });
  const bare = await startBareFanOut(databaseUrl, await benchPort(1));
  const rows: object[] = [];
  let version = (await moveStep(ctx, id, 0)).version;
  try {
    // Warm-up: the route compiled, the listener connected, before anything is measured.
    const warm = await openStreams(`${app.base}/api/v1/sessions/${joinCode}/events`, 10);
    version = (await moveStep(ctx, id, "next")).version;
    await deliveries(warm, version, performance.now());
    for (const s of warm) s.close();
    await new Promise((r) => setTimeout(r, 500));
    for (const count of STREAM_COUNTS) {
      const rssBefore = groupRssMb(app.process.pid!);
      const appStreams = await openStreams(`${app.base}/api/v1/sessions/${joinCode}/events`, count);
      await new Promise((r) => setTimeout(r, 500));
      const rssOpen = groupRssMb(app.process.pid!);
      const bareStreams = await openStreams(bare.url, count);

      const appDelays: number[] = [];
      const bareDelays: number[] = [];
      for (let i = 0; i < MOVES; i++) {
        const sentAt = performance.now();
        version = (await moveStep(ctx, id, i % 2 === 0 ? "next" : "previous")).version;
        appDelays.push(...(await deliveries(appStreams, version, sentAt)));

        const bareAt = performance.now();
        await bare.publish({ version, step: i % 5, joined: 0, advice: 0, ended: false });
        bareDelays.push(...(await deliveries(bareStreams, version, bareAt)));
      }
      for (const s of [...appStreams, ...bareStreams]) s.close();
      await new Promise((r) => setTimeout(r, 500));

      const appFigures = summarise(appDelays);
      const bareFigures = summarise(bareDelays);
      const perStreamKb = ((rssOpen - rssBefore) * 1024) / count;
      rows.push({ streams: count, app: appFigures, bare: bareFigures, perStreamKb, rssOpen });
      const ms = (x: number) => `${x.toFixed(1)} ms`;
      console.info(
        `${String(count).padStart(5)} streams | app p50 ${ms(appFigures.p50)}, p99 ${ms(appFigures.p99)}, max ${ms(appFigures.max)}` +
          ` | bare fan-out p50 ${ms(bareFigures.p50)}, p99 ${ms(bareFigures.p99)}, max ${ms(bareFigures.max)}` +
          ` | app memory ${rssOpen.toFixed(0)} MB, ${perStreamKb.toFixed(1)} kB a stream`,
      );
    }
  } finally {
    await bare.stop();
    await app.stop();
    await closeDb();
  }
  console.info(
    `\n${MOVES} step moves per row, every delivery to every stream counted. ${machine()}, load ${loadavg()[0]!.toFixed(1)}.`,
  );
  writeResult("classroom-live", { machine: machine(), moves: MOVES, rows });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
