// A bare Next app for baselines: one static page of about `bytes` bytes of HTML, built with
// this repository's own next, react and react-dom (node_modules is linked, nothing is
// installed) in a temporary folder, then served by `next start`. What a page of the same size
// costs on the same stack with nothing of Belong's: no proxy, no i18n, no layout of ours.
// `${url}dynamic` is the same page rendered per request: the floor of a page that must be.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = process.cwd();
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");

// Next inlines a page's text twice (the HTML and the RSC payload for hydration), around about
// 6 kB of its own markup and script tags.
const NEXT_OVERHEAD = 6_000;

// Pseudo-words from syllables, in a fixed sequence: text that gzips about as well as a real
// page (3-4 times smaller), so the baseline's compression costs what the app's does.
const SYLLABLES = (
  "be long ev ery one won der at first whe ther they here and it gets ea sier with time ask " +
  "ques tion join break group talk train er work shop felt loud day thought oth ers knew more " +
  "than la ter found out same place ment ware house start ed bad ly"
).split(" ");

function paragraphs(bytes: number): string[] {
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  let text = "";
  while (text.length < bytes) {
    let word = "";
    for (let n = 1 + (next() % 3); n > 0; n--) word += SYLLABLES[next() % SYLLABLES.length];
    text += word + (next() % 9 === 0 ? ". " : " ");
  }
  return text.slice(0, Math.max(bytes, 0)).match(/[\s\S]{1,600}/g) ?? [];
}

function writeApp(dir: string, bytes: number): void {
  mkdirSync(join(dir, "app"), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bare-next", private: true }));
  // The folder is outside the repository its node_modules link to: Turbopack must see both.
  writeFileSync(
    join(dir, "next.config.mjs"),
    `export default { poweredByHeader: false, turbopack: { root: "/" } };\n`,
  );
  writeFileSync(
    join(dir, "app", "layout.jsx"),
    `export default function Layout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  );
  const text = paragraphs(Math.floor((bytes - NEXT_OVERHEAD) / 2));
  writeFileSync(
    join(dir, "app", "text.js"),
    `export const PARAGRAPHS = ${JSON.stringify(text)};\n`,
  );
  writeFileSync(
    join(dir, "app", "page.jsx"),
    `import { PARAGRAPHS } from "./text";
export const dynamic = "error";
export default function Page() {
  return <main><h1>A static page</h1>{PARAGRAPHS.map((p, i) => <p key={i}>{p}</p>)}</main>;
}
`,
  );
  mkdirSync(join(dir, "app", "dynamic"));
  writeFileSync(
    join(dir, "app", "dynamic", "page.jsx"),
    `import { PARAGRAPHS } from "../text";
export const dynamic = "force-dynamic";
export default function Page() {
  return <main><h1>A static page</h1>{PARAGRAPHS.map((p, i) => <p key={i}>{p}</p>)}</main>;
}
`,
  );
}

/** Builds and starts the bare app on `port`; `stop()` ends the server and removes the folder. */
export async function startBareNext(opts: {
  port: number;
  bytes: number;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "bare-next-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  try {
    writeApp(dir, opts.bytes);
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: dir, env, stdio: "pipe" });
    if (build.status !== 0) {
      throw new Error(`The bare Next app did not build:\n${build.stdout}\n${build.stderr}`);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(opts.port)], {
    cwd: dir,
    env,
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${opts.port}/`;
  const until = Date.now() + 30_000;
  for (;;) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > until || child.exitCode !== null) {
      await stop();
      throw new Error(`The bare Next app on port ${opts.port} did not start.`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop };
}
