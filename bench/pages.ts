// `npm run bench:pages`: throughput and latency of the landing page and a story page (autocannon)
// on the production build, started as `npm start` does, beside a minimal Node http server that
// serves the same bytes with the same headers (each page fetched once from the app): the ratio
// says what Next costs per page view over the network and HTTP floor of the same machine.
//   npm run bench:pages -- [--seconds 10] [--connections 10] [--story ahmed-warehouse] [--no-build]
// Loopback only. The app runs on a throwaway embedded database in a temporary folder, so it
// needs no PostgreSQL; both servers are stopped at the end.
import autocannon from "autocannon";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchPort, buildApp, startApp } from "./app-server";
import { machine, writeResult } from "./report";

const { values: opts } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    story: { type: "string", default: "ahmed-warehouse" },
    "no-build": { type: "boolean", default: false },
  },
});
const seconds = Number(opts.seconds);
const connections = Number(opts.connections);
const pages = [
  { name: "landing", path: "/en" },
  { name: "story", path: `/en/stories/${opts.story}` },
];

// Hop-by-hop and per-response headers: the bare server sets its own.
const NOT_REPLAYED = new Set(["connection", "keep-alive", "transfer-encoding", "date"]);

interface Page {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One GET without Accept-Encoding, as autocannon sends it: the exact bytes and headers. */
function fetchOnce(url: string): Promise<Page> {
  return new Promise((resolve, reject) => {
    request(url, (response) => {
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

/** A server that answers every request with `page`'s bytes. */
async function bareServer(page: Page, port: number): Promise<Server> {
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

interface Figures {
  server: string;
  page: string;
  requests: number;
  bad: number;
  throughput: number;
  p50: number;
  p99: number;
}

async function load(server: string, page: string, url: string, duration: number) {
  const r = await autocannon({ url, connections, duration });
  const figures: Figures = {
    server,
    page,
    requests: r.requests.total,
    bad: r.errors + r.timeouts + r.non2xx,
    throughput: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
  };
  return figures;
}

async function main() {
  if (!opts["no-build"]) buildApp();
  const dataDir = mkdtempSync(join(tmpdir(), "belong-bench-pages-"));
  const loadBefore = loadavg()[0]!;
  const app = await startApp(await benchPort(0), {
    DATABASE_URL: "",
    BELONG_DATA_DIR: join(dataDir, "pglite"),
    MAIL_OUTBOX_DIR: join(dataDir, "outbox"),
  });
  const bare: Server[] = [];
  try {
    const rows: Figures[] = [];
    for (const [i, page] of pages.entries()) {
      const url = `${app.base}${page.path}`;
      const captured = await fetchOnce(url);
      if (captured.status !== 200) throw new Error(`${url} answered ${captured.status}`);
      const port = await benchPort(1 + i);
      bare.push(await bareServer(captured, port));
      await load("warm-up", page.name, url, 2);
      console.info(`${page.path}: ${captured.body.length} bytes, app then bare, ${seconds} s each`);
      rows.push(await load("app (next start)", page.name, url, seconds));
      rows.push(await load("bare node:http", page.name, `http://127.0.0.1:${port}/`, seconds));
    }
    const loadAfter = loadavg()[0]!;
    const lines = rows.map((r) => {
      const bareRow = rows.find((b) => b.page === r.page && b.server.startsWith("bare"))!;
      const ratio = r.throughput / Math.max(bareRow.throughput, 1e-9);
      return (
        `| ${r.page} | ${r.server} | ${r.requests} | ${r.bad} | ${r.throughput.toFixed(0)} | ` +
        `${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${ratio.toFixed(3)} |`
      );
    });
    const table = [
      "| page | server | requests | errors | req/s | p50 ms | p99 ms | req/s ÷ bare |",
      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...lines,
    ].join("\n");
    const where = `${machine()}, ${connections} connections, load average ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)}`;
    console.info(`\n${where}\n\n${table}\n`);
    writeResult("pages", { machine: where, seconds, connections, rows });
    if (rows.some((r) => r.bad > 0)) process.exitCode = 1;
  } finally {
    for (const server of bare) {
      server.closeAllConnections();
      server.close();
    }
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
