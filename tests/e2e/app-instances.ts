// Two app instances on one PostgreSQL database, as behind a load balancer: a fresh database
// with the demo data, and two `npm start` processes on their own ports sharing it. Live
// updates cross between them only through PostgreSQL's LISTEN/NOTIFY.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL server to use: DATABASE_URL's (CI sets it), else the local default. */
const SERVER_URL = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Whether a PostgreSQL server answers; without one the two-instance test cannot run. */
export async function postgresReachable(): Promise<boolean> {
  try {
    await admin("SELECT 1");
    return true;
  } catch {
    return false;
  }
}

export interface Instances {
  urls: [string, string];
  stop: () => Promise<void>;
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`An instance stopped:\n${log()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`An instance did not start:\n${log()}`);
}

/** Starts two instances on `ports` (the build is the one the main e2e server made). */
export async function startTwoInstances(ports: [number, number]): Promise<Instances> {
  const database = `belong_e2e_pair_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await admin(`CREATE DATABASE "${database}"`);
  const env = {
    ...process.env,
    DATABASE_URL: withDatabase(SERVER_URL, database),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    MAIL_OUTBOX_DIR: `.data/e2e/${database}/outbox`,
  };
  const seeded = spawnSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "scripts/seed-demo.ts"],
    {
      env,
      encoding: "utf8",
    },
  );
  if (seeded.status !== 0) throw new Error(`Seeding failed:\n${seeded.stderr}`);
  const servers = ports.map((port) => {
    let output = "";
    const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
      env: { ...env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    return { server, url: `http://localhost:${port}`, log: () => output };
  });
  const stop = async () => {
    for (const { server } of servers) {
      if (server.exitCode === null && server.pid) process.kill(-server.pid, "SIGTERM");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
  };
  try {
    await Promise.all(servers.map((s) => waitForHealth(s.url, s.server, s.log)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls: [servers[0]!.url, servers[1]!.url], stop };
}
