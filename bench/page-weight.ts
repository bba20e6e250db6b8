// `npm run bench:weight -- [--lighthouse] [--no-build]`: what each student page makes a phone
// download before it works. For every page it reads the production HTML, follows every
// <script src> the page starts with, and sums their bytes raw and gzipped (level 6, what a
// proxy serves): the first-load JavaScript. Same-run baseline: a bare Next app with one static
// page of the landing page's size (bench/bare-next.ts), measured the same way; the goal is at
// most 25 kB of gzipped JavaScript above it. It also lists any namespace of messages that is
// not a student's (staff, dashboard, mail) found inlined in a student page. With --lighthouse
// it also runs Lighthouse 12 (mobile, simulated throttling) on the landing, a story and the
// pathway page, beside the same run on the bare Next page. Needs no PostgreSQL (a throwaway
// embedded database).
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { inlinedNamespaces } from "../src/i18n/inlined-namespaces";
import { STUDENT_NAMESPACES } from "../src/i18n/student-namespaces";
import { benchPort, buildApp, startDemoApp } from "./app-server";
import { startBareNext } from "./bare-next";
import { runLighthouse } from "./lighthouse-run";
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
  { name: "privacy", path: "/en/privacy" },
];
/** The goal: a student page's first-load JavaScript at most this much above the bare page's. */
const JS_ABOVE_BARE_GOAL = 25 * 1024;

/** Namespaces of messages no student page needs (staff, dashboard, mail...). */
const NOT_STUDENT = readdirSync(join(process.cwd(), "messages", "en"))
  .map((file) => file.replace(/\.json$/, ""))
  .filter((namespace) => !(STUDENT_NAMESPACES as readonly string[]).includes(namespace));

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

async function lighthouse(url: string, dir: string): Promise<Scores> {
  const report = await runLighthouse(url, {
    lighthouse: LIGHTHOUSE,
    categories: ["performance", "accessibility", "best-practices"],
    dir,
  });
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
  const app = await startDemoApp(await benchPort(0), "weight");
  let bare: Awaited<ReturnType<typeof startBareNext>> | undefined;
  try {
    const perPage = [];
    for (const page of PAGES) {
      const html = (await bytes(`${app.base}${page.path}`)).toString("utf8");
      const scripts = scriptsOf(html).map((src) => new URL(src, app.base).toString());
      for (const url of scripts) await bytes(url);
      perPage.push({ ...page, html, scripts });
    }
    const landing = perPage.find((p) => p.name === "landing")!;
    console.info("Building the bare Next baseline (next build, next start)...");
    // Next sends a page's text twice (the HTML and the RSC payload): half the landing's bytes
    // of text make a bare page of about the landing's size.
    bare = await startBareNext({
      port: await benchPort(1),
      bytes: Math.round(Buffer.byteLength(landing.html) / 2),
    });
    const bareHtml = (await bytes(bare.url)).toString("utf8");
    const bareScripts = scriptsOf(bareHtml).map((src) => new URL(src, bare!.url).toString());
    for (const url of bareScripts) await bytes(url);
    const bareJs = sizes(bareScripts);
    const bareHtmlBytes = Buffer.byteLength(bareHtml);
    const htmlGzip = (html: string) => gzipSync(html, { level: 6 }).length;

    console.info(
      `\n| page | path | HTML | HTML gzip | JS gzip | JS raw | scripts | JS gzip - bare | non-student namespaces |`,
    );
    console.info(`| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |`);
    console.info(
      `| bare Next (baseline) | / | ${bareHtmlBytes} | ${htmlGzip(bareHtml)} | ${kb(bareJs.gzip)} | ${kb(bareJs.raw)} | ${bareScripts.length} | | |`,
    );
    const rows = perPage.map((p) => {
      const total = sizes(p.scripts);
      const above = total.gzip - bareJs.gzip;
      const staff = inlinedNamespaces(p.html, "en", NOT_STUDENT);
      console.info(
        `| ${p.name} | ${p.path} | ${Buffer.byteLength(p.html)} | ${htmlGzip(p.html)} | ${kb(total.gzip)} | ${kb(total.raw)} | ${p.scripts.length} | ${above >= 0 ? "+" : ""}${kb(above)}${above <= JS_ABOVE_BARE_GOAL ? "" : " (over the goal)"} | ${staff.join(", ") || "none"} |`,
      );
      return {
        name: p.name,
        path: p.path,
        html: Buffer.byteLength(p.html),
        htmlGzip: htmlGzip(p.html),
        scripts: p.scripts.length,
        total,
        jsAboveBare: above,
        staffNamespaces: staff,
      };
    });
    console.info(`\nGoal: JS gzip at most ${kb(JS_ABOVE_BARE_GOAL)} above the bare Next page's.`);

    const scores: Record<string, Scores> = {};
    if (opts.lighthouse) {
      console.info(`\nLighthouse ${LIGHTHOUSE.split("@")[1]} (mobile, simulated throttling):`);
      const dir = mkdtempSync(join(tmpdir(), "belong-lighthouse-"));
      const targets = [
        { name: "bare Next (baseline)", url: bare.url },
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
    writeResult("page-weight", {
      machine: machine(),
      bare: { html: bareHtmlBytes, js: bareJs, scripts: bareScripts.length },
      rows,
      scores,
    });
  } finally {
    await bare?.stop();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
