// `npm run bench:weight -- [--lighthouse] [--no-build]`: what each student page makes a phone
// download before it works. For every page it reads the production HTML, follows every
// <script src> the page starts with, and sums their bytes raw and gzipped (level 6, what a
// proxy serves): the first-load JavaScript. Same-run baseline: the scripts every page shares
// (React, Next's runtime, the layout), so a page's own share is the difference. With
// --lighthouse it also runs Lighthouse 12 (mobile, simulated throttling) on the landing, a
// story and the pathway page, beside the same run on a bare HTML page served by node:http:
// the floor this machine reaches. Needs no PostgreSQL (a throwaway embedded database).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const run = promisify(execFile);
import { gzipSync } from "node:zlib";
import { benchPort, buildApp, startApp } from "./app-server";
import { machine, writeResult } from "./report";

const { values: opts } = parseArgs({
  options: {
    lighthouse: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
  },
});

const PAGES = [
  { name: "landing", path: "/en" },
  { name: "stories", path: "/en/stories" },
  { name: "story", path: "/en/stories/ahmed-warehouse" },
  { name: "pathway", path: "/en/pathway" },
  { name: "survey", path: "/en/s/DEMO01" },
  { name: "join", path: "/en/join" },
];
const LIGHTHOUSE_PAGES = ["landing", "story", "pathway"];
const LIGHTHOUSE = "lighthouse@12.8.2";

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) =>
    m[1]!.replace(/&amp;/g, "&"),
  );
}

const bodies = new Map<string, Buffer>();
async function bytes(url: string): Promise<Buffer> {
  const hit = bodies.get(url);
  if (hit) return hit;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  bodies.set(url, body);
  return body;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function sizes(urls: string[]) {
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const body = bodies.get(url)!;
    raw += body.length;
    gzip += gzipSync(body, { level: 6 }).length;
  }
  return { raw, gzip };
}

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
}

/** Async on purpose: the bare baseline server lives in this process and must keep answering. */
async function lighthouse(url: string, dir: string): Promise<Scores> {
  const out = join(dir, `lh-${Date.now()}.json`);
  await run(
    "npx",
    [
      "--yes",
      LIGHTHOUSE,
      url,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      "--form-factor=mobile",
      "--only-categories=performance,accessibility,best-practices",
      `--chrome-path=${process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --no-first-run",
    ],
    { encoding: "utf8", timeout: 180_000, maxBuffer: 64 * 2 ** 20 },
  );
  const report = JSON.parse(readFileSync(out, "utf8")) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const score = (key: string) => Math.round((report.categories[key]?.score ?? 0) * 100);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? 0,
    tbtMs: report.audits["total-blocking-time"]?.numericValue ?? 0,
  };
}

async function main() {
  if (!opts["no-build"]) buildApp();
  const dataDir = mkdtempSync(join(tmpdir(), "belong-bench-weight-"));
  const app = await startApp(await benchPort(0), {
    DATABASE_URL: "",
    BELONG_DATA_DIR: join(dataDir, "pglite"),
    MAIL_OUTBOX_DIR: join(dataDir, "outbox"),
  });
  const bare = createServer((_, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Baseline</title></head><body><main><h1>A page of plain HTML</h1><p>The same machine, the same Lighthouse, no application.</p></main></body></html>',
    );
  });
  const barePort = await benchPort(1);
  await new Promise<void>((resolve) => bare.listen(barePort, "127.0.0.1", resolve));
  try {
    const perPage = [];
    for (const page of PAGES) {
      const html = (await bytes(`${app.base}${page.path}`)).toString("utf8");
      const scripts = scriptsOf(html).map((src) => new URL(src, app.base).toString());
      for (const url of scripts) await bytes(url);
      perPage.push({ ...page, scripts });
    }
    const shared = perPage
      .map((p) => new Set(p.scripts))
      .reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
    const base = sizes([...shared]);
    console.info(
      `Shared by every page (baseline): ${shared.size} scripts, ${kb(base.gzip)} gzip (${kb(base.raw)} raw)\n`,
    );
    const rows = perPage.map((p) => {
      const total = sizes(p.scripts);
      const own = sizes(p.scripts.filter((s) => !shared.has(s)));
      console.info(
        `${p.name.padEnd(8)} ${p.path.padEnd(28)} first load ${kb(total.gzip).padStart(9)} gzip (${kb(total.raw)} raw), own ${kb(own.gzip)} gzip, ${p.scripts.length} scripts`,
      );
      return { name: p.name, path: p.path, scripts: p.scripts.length, total, own };
    });

    const scores: Record<string, Scores> = {};
    if (opts.lighthouse) {
      console.info(`\nLighthouse ${LIGHTHOUSE.split("@")[1]} (mobile, simulated throttling):`);
      const dir = mkdtempSync(join(tmpdir(), "belong-lighthouse-"));
      const targets = [
        { name: "bare HTML (baseline)", url: `http://127.0.0.1:${barePort}/` },
        ...LIGHTHOUSE_PAGES.map((name) => ({
          name,
          url: `${app.base}${PAGES.find((p) => p.name === name)!.path}`,
        })),
      ];
      for (const target of targets) {
        const s = await lighthouse(target.url, dir);
        scores[target.name] = s;
        console.info(
          `${target.name.padEnd(22)} performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s.bestPractices}, LCP ${(s.lcpMs / 1000).toFixed(1)} s, TBT ${s.tbtMs.toFixed(0)} ms`,
        );
      }
      rmSync(dir, { recursive: true, force: true });
    }
    console.info(`\n${machine()}, load ${loadavg()[0]!.toFixed(1)}.`);
    writeResult("page-weight", { machine: machine(), shared: base, rows, scores });
  } finally {
    bare.close();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
