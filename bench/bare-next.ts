// The baseline for page benchmarks: a bare Next.js app with one static page, built and served
// as production (`next build`, `next start`) with this repository's own next, react and
// react-dom (its node_modules linked into a temporary folder), so a page of Belong can be read
// against what the same Next costs with no application at all.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nextBin } from "./app-server";

const WORDS =
  "students read short stories from older students about the first weeks at school and then write advice for the students who start next year".split(
    " ",
  );

/** About `bytes` of plain text in paragraphs, so the page weighs like the one it stands for. */
function text(bytes: number): string[] {
  const paragraphs: string[] = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const words = Array.from({ length: 60 }, () => WORDS[i++ % WORDS.length]);
    const paragraph = words.join(" ");
    paragraphs.push(paragraph);
    size += paragraph.length + 7;
  }
  return paragraphs;
}

async function waitForPage(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The bare Next app at ${url} did not answer within ${timeoutMs / 1000} s.`);
}

/**
 * Builds the bare app (one static page with about `bytes` of text) and serves it with
 * `next start` on `port`. `stop()` ends the server and removes the folder.
 */
export async function startBareNext(opts: {
  port: number;
  bytes: number;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "belong-bare-next-"));
  symlinkSync(join(process.cwd(), "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bare-next", private: true }));
  // Turbopack resolves the linked node_modules only inside its root.
  writeFileSync(
    join(dir, "next.config.mjs"),
    `export default { turbopack: { root: "/" }, poweredByHeader: false };\n`,
  );
  mkdirSync(join(dir, "app"));
  writeFileSync(
    join(dir, "app", "layout.jsx"),
    `export const metadata = { title: "Bare Next" };
export default function RootLayout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  );
  writeFileSync(
    join(dir, "app", "page.jsx"),
    `const PARAGRAPHS = ${JSON.stringify(text(opts.bytes))};
export default function Page() {
  return <main><h1>A static page</h1>{PARAGRAPHS.map((p, i) => <p key={i}>{p}</p>)}</main>;
}
`,
  );
  const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: dir, env, stdio: "pipe" });
  if (build.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`The bare Next build failed:\n${build.stdout}\n${build.stderr}`);
  }
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(opts.port)], {
    cwd: dir,
    env,
    detached: true,
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${opts.port}/`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // Already gone.
      }
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPage(url, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
