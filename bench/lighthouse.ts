// `npm run bench:lighthouse`: Lighthouse 13.5.0 on the student pages (landing, a story, the
// pathway, the survey) of the production build, started as `npm start` does, with
// Lighthouse's default mobile emulation and simulated throttling, categories performance and
// accessibility. Same-run baseline for each page: a bare Next app of one static page of the
// same HTML byte size (bench/bare-next.ts), audited the same way. The app and the bare page
// alternate (app, bare Next, app, bare Next, ...) `--runs` times each, so noise from other
// work on the machine hits both; the table gives the median of the runs: performance and
// accessibility scores, LCP, total blocking time and the JavaScript transferred (Lighthouse's
// resource summary, scripts). Below it, the goals, met or not: performance >= 97 and
// accessibility 100 on every page, LCP within 0.5 s of the bare page's; for an app page that
// misses one, the audits that failed in its runs, with the elements they name.
//   npm run bench:lighthouse -- [--runs 3] [--pages landing,story,pathway,survey]
//                               [--story amira-workshop] [--no-build]
// Loopback only. The app runs on a throwaway embedded database in a temporary folder, so it
// needs no PostgreSQL; every server is stopped at the end. Lighthouse runs through
// `npx --yes lighthouse@13.5.0` (nothing added to package.json) with Debian's Chromium
// (CHROMIUM_PATH, default /usr/bin/chromium); its JSON reports are kept in
// bench/results/lighthouse-<time>/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchPort, buildApp, startDemoApp } from "./app-server";
import { startBareNext } from "./bare-next";
import { runLighthouse, type LighthouseReport } from "./lighthouse-run";
import { machine, writeResult } from "./report";

const { values: opts } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    pages: { type: "string" },
    story: { type: "string", default: "amira-workshop" },
    "no-build": { type: "boolean", default: false },
  },
});
const runs = Number(opts.runs);
const PAGES = [
  { name: "landing", path: "/en" },
  { name: "story", path: `/en/stories/${opts.story}` },
  { name: "pathway", path: "/en/pathway" },
  { name: "survey", path: "/en/s/DEMO01" },
];
const pages = opts.pages ? PAGES.filter((p) => opts.pages!.split(",").includes(p.name)) : PAGES;

const LIGHTHOUSE = "lighthouse@13.5.0";
const CATEGORIES = ["performance", "accessibility"];
/** The goals: Lighthouse mobile scores, and LCP at most this much above the bare page's. */
const PERFORMANCE_GOAL = 97;
const ACCESSIBILITY_GOAL = 100;
const LCP_ABOVE_BARE_GOAL_MS = 500;

type ServerName = "app" | "bare Next";

interface Run {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  jsBytes: number;
  benchmarkIndex: number;
  /** The LCP element (selector), from the LCP breakdown insight. */
  lcpElement: string;
}

interface Row extends Omit<Run, "lcpElement"> {
  page: string;
  server: ServerName;
  htmlBytes: number;
  runs: Run[];
}

/** A failed audit of an app page: in how many runs, and the elements it named. */
interface Failure {
  id: string;
  category: string;
  title: string;
  runs: number;
  value?: string;
  elements: string[];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function figures(report: LighthouseReport): Run {
  const score = (key: string) => Math.round((report.categories[key]?.score ?? 0) * 100);
  const summary = report.audits["resource-summary"]?.details?.items ?? [];
  const scripts = summary.find((item) => item.resourceType === "script");
  const lcp = (report.audits["lcp-breakdown-insight"]?.details?.items ?? []).find(
    (item) => item.type === "node",
  ) as { selector?: string; nodeLabel?: string } | undefined;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    fcpMs: report.audits["first-contentful-paint"]?.numericValue ?? 0,
    lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? 0,
    tbtMs: report.audits["total-blocking-time"]?.numericValue ?? 0,
    jsBytes: Number(scripts?.transferSize ?? 0),
    benchmarkIndex: report.environment.benchmarkIndex ?? 0,
    lcpElement: lcp ? `${lcp.selector ?? ""} ("${lcp.nodeLabel?.slice(0, 40) ?? ""}")` : "",
  };
}

/** What an audit's details name: elements (selector or snippet), else resources (URL). */
function elementsOf(report: LighthouseReport, id: string): string[] {
  const items = report.audits[id]?.details?.items ?? [];
  const named = items.map((item) => {
    const node = item.node as { selector?: string; snippet?: string } | undefined;
    if (node?.selector || node?.snippet) return node.selector || node.snippet!;
    return typeof item.url === "string" ? item.url.replace(/^https?:\/\/[^/]+/, "") : "";
  });
  return [...new Set(named.filter(Boolean))].slice(0, 6);
}

/** Audits of the categories that failed: accessibility's scored 0, performance's below 0.9. */
function failures(report: LighthouseReport, into: Map<string, Failure>): void {
  for (const category of CATEGORIES) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (!audit || audit.score === null) continue;
      if (["informative", "notApplicable", "manual"].includes(audit.scoreDisplayMode ?? "")) {
        continue;
      }
      const failed = category === "accessibility" ? audit.score < 1 : audit.score < 0.9;
      if (!failed) continue;
      const seen = into.get(ref.id);
      if (seen) seen.runs++;
      else {
        into.set(ref.id, {
          id: ref.id,
          category,
          title: audit.title,
          runs: 1,
          value: audit.displayValue,
          elements: elementsOf(report, ref.id),
        });
      }
    }
  }
}

function combine(page: string, server: ServerName, htmlBytes: number, all: Run[]): Row {
  const m = (f: (r: Run) => number) => median(all.map(f));
  return {
    page,
    server,
    htmlBytes,
    runs: all,
    performance: m((r) => r.performance),
    accessibility: m((r) => r.accessibility),
    fcpMs: m((r) => r.fcpMs),
    lcpMs: m((r) => r.lcpMs),
    tbtMs: m((r) => r.tbtMs),
    jsBytes: m((r) => r.jsBytes),
    benchmarkIndex: m((r) => r.benchmarkIndex),
  };
}

async function measurePage(
  page: (typeof PAGES)[number],
  appBase: string,
  work: string,
  keep: string,
  rows: Row[],
  failed: Map<string, Map<string, Failure>>,
): Promise<void> {
  const url = `${appBase}${page.path}`;
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  const htmlBytes = Buffer.byteLength(await response.text());
  console.info(`${page.path}: ${htmlBytes} bytes of HTML; building the bare Next page...`);
  const bare = await startBareNext({ port: await benchPort(1), bytes: htmlBytes });
  try {
    const bareBytes = Buffer.byteLength(await (await fetch(bare.url)).text());
    // Warm-up: Next loads a route's modules on its first requests.
    for (let i = 0; i < 3; i++) await Promise.all([fetch(url), fetch(bare.url)]);
    console.info(
      `${page.path}: app ${htmlBytes} bytes, bare Next ${bareBytes} bytes; ${runs} x (app, bare Next)`,
    );
    const app: Run[] = [];
    const next: Run[] = [];
    const pageFailures = new Map<string, Failure>();
    const audit = async (server: ServerName, target: string, i: number) => {
      const report = await runLighthouse(target, {
        lighthouse: LIGHTHOUSE,
        categories: CATEGORIES,
        dir: work,
      });
      const tag = server === "app" ? "app" : "bare";
      writeFileSync(join(keep, `${page.name}-${tag}-${i + 1}.json`), JSON.stringify(report));
      const r = figures(report);
      console.info(
        `  ${server.padEnd(9)} run ${i + 1}: performance ${r.performance}, accessibility ` +
          `${r.accessibility}, FCP ${r.fcpMs.toFixed(0)} ms, LCP ${r.lcpMs.toFixed(0)} ms, ` +
          `TBT ${r.tbtMs.toFixed(0)} ms, JS ${(r.jsBytes / 1024).toFixed(1)} kB, ` +
          `benchmark index ${r.benchmarkIndex.toFixed(0)}`,
      );
      if (server === "app") failures(report, pageFailures);
      return r;
    };
    for (let i = 0; i < runs; i++) {
      app.push(await audit("app", url, i));
      next.push(await audit("bare Next", bare.url, i));
    }
    rows.push(combine(page.name, "app", htmlBytes, app));
    rows.push(combine(page.name, "bare Next", bareBytes, next));
    failed.set(page.name, pageFailures);
  } finally {
    await bare.stop();
  }
}

function bareOf(rows: Row[], r: Row): Row {
  return rows.find((b) => b.page === r.page && b.server === "bare Next")!;
}

function table(rows: Row[]): string {
  const lines = rows.map((r) => {
    const above = r.server === "app" ? r.lcpMs - bareOf(rows, r).lcpMs : undefined;
    const sign = above !== undefined && above >= 0 ? "+" : "";
    return (
      `| ${r.page} | ${r.server} | ${r.performance} | ${r.accessibility} | ` +
      `${r.lcpMs.toFixed(0)} | ${r.tbtMs.toFixed(0)} | ${(r.jsBytes / 1024).toFixed(1)} | ` +
      `${above === undefined ? "" : `${sign}${above.toFixed(0)}`} |`
    );
  });
  return [
    "| page | server | performance | accessibility | LCP ms | TBT ms | JS kB | LCP − bare ms |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...lines,
  ].join("\n");
}

interface Goal {
  page: string;
  goal: string;
  value: string;
  met: boolean;
}

function goals(rows: Row[]): Goal[] {
  return rows
    .filter((r) => r.server === "app")
    .flatMap((r) => {
      const above = r.lcpMs - bareOf(rows, r).lcpMs;
      return [
        {
          page: r.page,
          goal: `performance >= ${PERFORMANCE_GOAL}`,
          value: String(r.performance),
          met: r.performance >= PERFORMANCE_GOAL,
        },
        {
          page: r.page,
          goal: `accessibility ${ACCESSIBILITY_GOAL}`,
          value: String(r.accessibility),
          met: r.accessibility >= ACCESSIBILITY_GOAL,
        },
        {
          page: r.page,
          goal: `LCP within ${LCP_ABOVE_BARE_GOAL_MS / 1000} s of bare Next`,
          value: `${above >= 0 ? "+" : ""}${above.toFixed(0)} ms`,
          met: above <= LCP_ABOVE_BARE_GOAL_MS,
        },
      ];
    });
}

/** For each app page that misses a goal: its LCP element and the audits that failed. */
function failureLines(
  rows: Row[],
  met: Goal[],
  failed: Map<string, Map<string, Failure>>,
): string[] {
  const lines: string[] = [];
  for (const r of rows.filter((row) => row.server === "app")) {
    if (met.every((g) => g.page !== r.page || g.met)) continue;
    const missed = [...(failed.get(r.page)?.values() ?? [])];
    const elements = [...new Set(r.runs.map((run) => run.lcpElement))].join("; ");
    lines.push(`\n${r.page}: LCP element ${elements || "unknown"}; failed audits (runs):`);
    for (const f of missed) {
      const value = f.value ? ` (${f.value})` : "";
      const where = f.elements.length ? `: ${f.elements.join("; ")}` : "";
      lines.push(`- ${f.category} ${f.id} [${f.runs}/${r.runs.length}] ${f.title}${value}${where}`);
    }
  }
  return lines;
}

async function main() {
  if (!opts["no-build"]) buildApp();
  const work = mkdtempSync(join(tmpdir(), "belong-bench-lighthouse-"));
  const keep = join(process.cwd(), "bench", "results", `lighthouse-${Date.now()}`);
  mkdirSync(keep, { recursive: true });
  const loadBefore = loadavg()[0]!;
  const app = await startDemoApp(await benchPort(0), "lighthouse");
  try {
    const rows: Row[] = [];
    const failed = new Map<string, Map<string, Failure>>();
    for (const page of pages) await measurePage(page, app.base, work, keep, rows, failed);
    const loadAfter = loadavg()[0]!;
    const index = median(rows.map((r) => r.benchmarkIndex)).toFixed(0);
    const where =
      `${machine()}, ${LIGHTHOUSE} (mobile, simulated throttling), median of ${runs} runs, ` +
      `Lighthouse benchmark index ${index}, load average ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)}`;
    const met = goals(rows);
    const goalLines = met.map(
      (g) => `- ${g.page}: ${g.goal}: ${g.value}, ${g.met ? "met" : "not met"}`,
    );
    const why = failureLines(rows, met, failed);
    console.info(
      `\n${where}\n\n${table(rows)}\n\nGoals:\n${goalLines.join("\n")}\n` +
        `${why.join("\n")}\n\nReports: ${keep}\n`,
    );
    writeResult("lighthouse", {
      machine: where,
      lighthouse: LIGHTHOUSE,
      runs,
      rows,
      goals: met,
      failures: Object.fromEntries([...failed].map(([page, f]) => [page, [...f.values()]])),
    });
  } finally {
    await app.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
