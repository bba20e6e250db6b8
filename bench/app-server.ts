// The production app for benchmarks: built as `npm run build` does, started as `npm start` does
// (scripts/start.sh: prepare, migrate, then `next start`) in its own process group, so that
// stopping it stops the whole tree. Ports come from BENCH_PORT (a base, each server adds its offset) or, if
// unset, from the system.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = process.cwd();
export const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
const tsxCli = join(root, "node_modules", "tsx", "dist", "cli.mjs");

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

/** The port for the benchmark's `offset`-th server: BENCH_PORT + offset, or a free one. */
export async function benchPort(offset: number): Promise<number> {
  const base = Number(process.env.BENCH_PORT);
  return Number.isInteger(base) && base > 0 ? base + offset : freePort();
}

/** `npm run build`: the production build and the hashes of its prerendered pages' scripts. */
export function buildApp(): void {
  console.info("Building the production app (next build)...");
  const steps = [
    [nextBin, "build"],
    [tsxCli, "scripts/csp-hashes.ts"],
  ];
  for (const args of steps) {
    const run = spawnSync(process.execPath, args, {
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (run.status !== 0) throw new Error(`${args.join(" ")} failed`);
  }
}

export interface RunningApp {
  base: string;
  process: ChildProcess;
  /** SIGTERM to the whole process group, then waits for it to end. */
  stop(): Promise<void>;
}

/** GET /api/health until it answers 200, or throws after `timeoutMs`. */
export async function waitHealthy(base: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${base} did not become healthy within ${timeoutMs / 1000} s.`);
}

/**
 * Starts the app on `port` as `npm start` does, with `env` added to this process's
 * environment (DATABASE_URL, AUTH_SECRET, ...), and waits until it is healthy.
 */
export async function startApp(
  port: number,
  env: Record<string, string> = {},
): Promise<RunningApp> {
  const child = spawn("sh", ["scripts/start.sh"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env, PORT: String(port) },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // Already gone.
      }
      await exited;
    }
  };
  try {
    await Promise.race([
      waitHealthy(base),
      exited.then(() => {
        throw new Error(`The app on port ${port} exited before it became healthy.`);
      }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, process: child, stop };
}

/**
 * The app as a newcomer's `npm start` runs it: on a throwaway embedded database with the demo
 * data, in a temporary folder (`name` names it) that stop() removes with the server.
 */
export async function startDemoApp(port: number, name: string): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), `belong-bench-${name}-`));
  try {
    const app = await startApp(port, {
      DATABASE_URL: "",
      BELONG_DATA_DIR: join(dataDir, "pglite"),
      MAIL_OUTBOX_DIR: join(dataDir, "outbox"),
    });
    return {
      ...app,
      stop: async () => {
        await app.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
