// `npm run bench:pages`: throughput and latency of the student pages (autocannon) on the
// production build, started as `npm start` does, beside two baselines measured in the same run:
//   - bare Next: a minimal Next app of one static page of the same byte size, built with this
//     repository's next/react (bench/bare-next.ts): what the stack itself costs per page view;
//   - bare node:http: a server that replays the page's captured bytes and headers: the network
//     and HTTP floor of the machine (with gzip, the captured gzip bytes: no compression cost);
//   - for a page the app renders per request (no x-nextjs-cache in its answer): the bare Next
//     page rendered per request too, the floor of any page that must be.
// The pathway and a round's page then read their student's part with one call each, measured
// beside GET /api/health of the same server.
// Each page is measured without Accept-Encoding and with the one browsers send, since
// compressing per request costs as much as the page. The app and bare Next runs alternate
// (app, bare Next, app, bare Next, ...), so noise from other work on the machine hits both.
//   npm run bench:pages -- [--seconds 5] [--rounds 2] [--connections 10] [--pages landing,story]
//                          [--encodings identity,gzip] [--story ahmed-warehouse] [--no-build]
// Loopback only. The app runs on a throwaway embedded database in a temporary folder, so it
// needs no PostgreSQL; every server is stopped at the end.
import autocannon from "autocannon";
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { benchPort, buildApp, startDemoApp } from "./app-server";
import { startBareNext } from "./bare-next";
import { machine, writeResult } from "./report";

const { values: opts } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "2" },
    connections: { type: "string", default: "10" },
    pages: { type: "string" },
    encodings: { type: "string", default: "identity,gzip" },
    story: { type: "string", default: "ahmed-warehouse" },
    "no-build": { type: "boolean", default: false },
  },
});
const seconds = Number(opts.seconds);
const rounds = Number(opts.rounds);
const connections = Number(opts.connections);
const PAGES: { name: string; path: string; call?: string }[] = [
  { name: "landing", path: "/en" },
  { name: "story", path: `/en/stories/${opts.story}` },
  { name: "library", path: "/en/stories" },
  // The pathway and a round's page are the same for everyone; each then reads its student's
  // part with one call, measured beside the health check of the same server.
  { name: "pathway", path: "/en/pathway", call: "/api/v1/pathway?locale=en&from=DEMO01" },
  { name: "survey", path: "/en/s/DEMO01", call: "/api/v1/rounds/DEMO01?locale=en" },
  { name: "join", path: "/en/join" },
];
const pages = opts.pages ? PAGES.filter((p) => opts.pages!.split(",").includes(p.name)) : PAGES;
// What a browser sends; autocannon sends no Accept-Encoding at all.
const ENCODINGS: Record<string, string | undefined> = {
  identity: undefined,
  gzip: "gzip, deflate, br",
};
const encodings = opts.encodings.split(",").filter((e) => e in ENCODINGS);

// Hop-by-hop and per-response headers: the bare server sets its own.
const NOT_REPLAYED = new Set(["connection", "keep-alive", "transfer-encoding", "date"]);

interface Captured {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One GET, the bytes as sent on the wire (not decompressed). */
function fetchOnce(url: string, acceptEncoding?: string): Promise<Captured> {
  const headers = acceptEncoding ? { "accept-encoding": acceptEncoding } : {};
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

/** A server that answers every request with the captured page's bytes. */
async function replayServer(page: Captured, port: number): Promise<Server> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(page.headers)) {
    if (value !== undefined && !NOT_REPLAYED.has(name)) headers[name] = value;
  }
  headers["content-length"] = String(page.body.length);
  const server = createServer((_, res) => {
    res.writeHead(page.status, headers);
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}

function closeServer(server: Server): void {
  server.closeAllConnections();
  server.close();
}

interface Run {
  requests: number;
  bad: number;
  throughput: number;
  p50: number;
  p99: number;
}

async function load(url: string, duration: number, acceptEncoding?: string): Promise<Run> {
  const headers = acceptEncoding ? { "accept-encoding": acceptEncoding } : undefined;
  const r = await autocannon({ url, connections, duration, headers });
  return {
    requests: r.requests.total,
    bad: r.errors + r.timeouts + r.non2xx,
    throughput: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
  };
}

interface Row extends Run {
  page: string;
  encoding: string;
  server: "app" | "bare Next" | "bare Next, per request" | "bare node";
  bytes: number;
}

/** The rounds of one server as one row: mean req/s and p50, the worst p99. */
function combine(runs: Run[]): Run {
  const mean = (f: (r: Run) => number) => runs.reduce((s, r) => s + f(r), 0) / runs.length;
  return {
    requests: runs.reduce((s, r) => s + r.requests, 0),
    bad: runs.reduce((s, r) => s + r.bad, 0),
    throughput: mean((r) => r.throughput),
    p50: mean((r) => r.p50),
    p99: Math.max(...runs.map((r) => r.p99)),
  };
}

async function measurePage(
  page: (typeof PAGES)[number],
  appBase: string,
  rows: Row[],
): Promise<void> {
  const url = `${appBase}${page.path}`;
  const plain = await fetchOnce(url);
  if (plain.status !== 200) throw new Error(`${url} answered ${plain.status}`);
  const bareNext = await startBareNext({ port: await benchPort(1), bytes: plain.body.length });
  const replays: Server[] = [];
  try {
    for (const encoding of encodings) {
      const accept = ENCODINGS[encoding];
      const captured = accept ? await fetchOnce(url, accept) : plain;
      const nextBytes = (await fetchOnce(bareNext.url, accept)).body.length;
      const replayPort = await benchPort(2 + replays.length);
      replays.push(await replayServer(captured, replayPort));
      const replayUrl = `http://127.0.0.1:${replayPort}/`;
      const perRequest = !captured.headers["x-nextjs-cache"];
      // Warm-up: Next loads a route's modules on its first requests.
      await load(url, 2, accept);
      await load(bareNext.url, 2, accept);
      if (perRequest) await load(`${bareNext.url}dynamic`, 2, accept);
      console.info(
        `${page.path} (${encoding}): app ${captured.body.length} bytes, bare Next ${nextBytes} bytes; ` +
          `${rounds} x (app, bare Next[, per request]), then bare node, ${seconds} s each`,
      );
      const app: Run[] = [];
      const next: Run[] = [];
      const nextPerRequest: Run[] = [];
      for (let i = 0; i < rounds; i++) {
        app.push(await load(url, seconds, accept));
        next.push(await load(bareNext.url, seconds, accept));
        if (perRequest) nextPerRequest.push(await load(`${bareNext.url}dynamic`, seconds, accept));
      }
      const node = await load(replayUrl, seconds, accept);
      const common = { page: page.name, encoding };
      rows.push({ ...common, server: "app", bytes: captured.body.length, ...combine(app) });
      rows.push({ ...common, server: "bare Next", bytes: nextBytes, ...combine(next) });
      if (perRequest) {
        const server = "bare Next, per request";
        rows.push({ ...common, server, bytes: nextBytes, ...combine(nextPerRequest) });
      }
      rows.push({ ...common, server: "bare node", bytes: captured.body.length, ...node });
    }
  } finally {
    replays.forEach(closeServer);
    await bareNext.stop();
  }
}

interface CallRow {
  page: string;
  path: string;
  call: Run;
  health: Run;
}

/** A page's own data call (no compression: a small JSON) beside GET /api/health, alternating. */
async function measureCall(page: (typeof PAGES)[number], appBase: string, calls: CallRow[]) {
  if (!page.call) return;
  const url = `${appBase}${page.call}`;
  const health = `${appBase}/api/health`;
  const first = await fetchOnce(url);
  if (first.status !== 200) throw new Error(`${url} answered ${first.status}`);
  await load(url, 2);
  await load(health, 2);
  console.info(`${page.call}: ${rounds} x (call, health), ${seconds} s each`);
  const call: Run[] = [];
  const healthRuns: Run[] = [];
  for (let i = 0; i < rounds; i++) {
    call.push(await load(url, seconds));
    healthRuns.push(await load(health, seconds));
  }
  calls.push({
    page: page.name,
    path: page.call,
    call: combine(call),
    health: combine(healthRuns),
  });
}

function callTable(calls: CallRow[]): string {
  return [
    "| page | its data call | errors | req/s | p50 ms | p99 ms | health req/s | ÷ health |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...calls.map(
      ({ page, path, call, health }) =>
        `| ${page} | \`${path}\` | ${call.bad} | ${call.throughput.toFixed(0)} | ` +
        `${call.p50.toFixed(1)} | ${call.p99.toFixed(1)} | ${health.throughput.toFixed(0)} | ` +
        `${(call.throughput / Math.max(health.throughput, 1e-9)).toFixed(2)} |`,
    ),
  ].join("\n");
}

function table(rows: Row[]): string {
  const lines = rows.map((r) => {
    const base = rows.find(
      (b) => b.page === r.page && b.encoding === r.encoding && b.server === "bare Next",
    )!;
    const ratio = r.throughput / Math.max(base.throughput, 1e-9);
    return (
      `| ${r.page} | ${r.encoding} | ${r.server} | ${(r.bytes / 1024).toFixed(1)} kB | ${r.bad} | ` +
      `${r.throughput.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${ratio.toFixed(2)} |`
    );
  });
  return [
    "| page | encoding | server | bytes | errors | req/s | p50 ms | p99 ms | ÷ bare Next |",
    "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...lines,
  ].join("\n");
}

async function main() {
  if (!opts["no-build"]) buildApp();
  const loadBefore = loadavg()[0]!;
  const app = await startDemoApp(await benchPort(0), "pages");
  try {
    const rows: Row[] = [];
    const calls: CallRow[] = [];
    for (const page of pages) {
      await measurePage(page, app.base, rows);
      await measureCall(page, app.base, calls);
    }
    const loadAfter = loadavg()[0]!;
    const where = `${machine()}, ${connections} connections, load average ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)}`;
    console.info(`\n${where}\n\n${table(rows)}\n`);
    if (calls.length > 0) console.info(`${callTable(calls)}\n`);
    writeResult("pages", { machine: where, seconds, rounds, connections, rows, calls });
    if (rows.some((r) => r.bad > 0) || calls.some((c) => c.call.bad > 0)) process.exitCode = 1;
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
