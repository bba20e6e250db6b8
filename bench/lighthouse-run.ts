// One Lighthouse run for the benchmarks: the pinned Lighthouse CLI through npx (nothing added to
// package.json), Lighthouse's default mobile emulation and simulated throttling, Debian's
// Chromium (CHROMIUM_PATH, default /usr/bin/chromium) headless with a fresh profile. Returns the
// JSON report (the lhr) as Lighthouse wrote it.
import { execFile } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface LighthouseAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode?: string;
  numericValue?: number;
  displayValue?: string;
  details?: { type?: string; items?: Record<string, unknown>[] };
}

export interface LighthouseReport {
  lighthouseVersion: string;
  environment: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, LighthouseAudit>;
}

let runs = 0;

/**
 * Runs `lighthouse` (a pinned `lighthouse@x.y.z`) on `url` and returns its report; the report
 * and Chromium's profile are written in `dir`, a folder the caller removes.
 */
export async function runLighthouse(
  url: string,
  opts: { lighthouse: string; categories: string[]; dir: string },
): Promise<LighthouseReport> {
  const n = ++runs;
  const out = join(opts.dir, `lighthouse-${n}.json`);
  const chromeFlags = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${join(opts.dir, `profile-${n}`)}`,
  ];
  const args = [
    "--yes",
    opts.lighthouse,
    url,
    "--quiet",
    "--output=json",
    `--output-path=${out}`,
    "--form-factor=mobile",
    `--only-categories=${opts.categories.join(",")}`,
    `--chrome-path=${process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"}`,
    `--chrome-flags=${chromeFlags.join(" ")}`,
  ];
  // Lighthouse now and then loses the trace of a load on a busy machine (NO_NAVSTART,
  // NO_FCP): such a run has no figures at all, so it is run again, at most twice.
  for (let attempt = 1; ; attempt++) {
    try {
      // Async, so this process keeps serving nothing in the meantime that would skew it.
      await run("npx", args, { encoding: "utf8", timeout: 180_000, maxBuffer: 64 * 2 ** 20 });
      return JSON.parse(readFileSync(out, "utf8")) as LighthouseReport;
    } catch (error) {
      if (attempt === 3) throw error;
      const message = error instanceof Error ? error.message.trim().split("\n").pop() : error;
      console.warn(`Lighthouse failed on ${url} (${message}); running it again.`);
      rmSync(join(opts.dir, `profile-${n}`), { recursive: true, force: true });
    }
  }
}
