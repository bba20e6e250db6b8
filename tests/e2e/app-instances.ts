// App instances on one PostgreSQL database, as behind a load balancer: a fresh database with
// the demo data, and `npm start` processes on their own ports sharing it (live updates cross
// between them only through PostgreSQL's LISTEN/NOTIFY). One can be killed and restarted.
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

async function admin(sql: string, server = SERVER_URL): Promise<void> {
  const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 3_000 });
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
  urls: string[];
  databaseUrl: string;
  /** SIGKILL to one instance's whole process tree: no shutdown, no flush, as a crash. */
  kill: (index: number) => void;
  /** Starts a stopped instance again on its port, and waits until it is healthy. */
  restart: (index: number) => Promise<void>;
  stop: () => Promise<void>;
  /** What one instance printed, for a failing test's message. */
  log: (index: number) => string;
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`An instance stopped:\n${log()}`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`An instance did not start:\n${log()}`);
}

interface Instance {
  server: ChildProcess;
  url: string;
  log: () => string;
}

/**
 * Starts one instance a port on a fresh database with the demo data (the build is the one the
 * main e2e server made), as `npm start` does.
 */
export async function startInstances(
  ports: number[],
  {
    server = SERVER_URL,
    trustedProxyHops = 1,
  }: {
    server?: string;
    /**
     * One proxy by default: nginx-proxy.ts puts one in front, and the tests that call the
     * instances directly stand in for it by writing X-Forwarded-For themselves.
     */
    trustedProxyHops?: number;
  } = {},
): Promise<Instances> {
  const database = `belong_e2e_pair_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await admin(`CREATE DATABASE "${database}"`, server);
  const env = {
    ...process.env,
    DATABASE_URL: withDatabase(server, database),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    MAIL_OUTBOX_DIR: `.data/e2e/${database}/outbox`,
    TRUSTED_PROXY_HOPS: String(trustedProxyHops),
  };
  const tsx = "node_modules/tsx/dist/cli.mjs";
  const seeded = spawnSync(process.execPath, [tsx, "scripts/seed-demo.ts"], {
    env,
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`Seeding failed:\n${seeded.stderr}`);
  const launch = (port: number): Instance => {
    let output = "";
    const server = spawn("sh", ["scripts/start.sh"], {
      env: { ...env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    return { server, url: `http://localhost:${port}`, log: () => output };
  };
  const instances = ports.map(launch);
  const signal = (instance: Instance, name: NodeJS.Signals) => {
    const { server } = instance;
    if (server.exitCode === null && server.signalCode === null && server.pid) {
      try {
        process.kill(-server.pid, name);
      } catch {
        // already gone
      }
    }
  };
  const stop = async () => {
    for (const instance of instances) signal(instance, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`, server).catch(() => {});
  };
  try {
    await Promise.all(instances.map((i) => waitForHealth(i.url, i.server, i.log)));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    urls: instances.map((i) => i.url),
    databaseUrl: env.DATABASE_URL,
    kill: (index) => signal(instances[index]!, "SIGKILL"),
    log: (index) => instances[index]!.log(),
    restart: async (index) => {
      const exited = instances[index]!.server;
      if (exited.exitCode === null && exited.signalCode === null) {
        await new Promise((resolve) => exited.once("exit", resolve));
      }
      instances[index] = launch(ports[index]!);
      await waitForHealth(instances[index]!.url, instances[index]!.server, instances[index]!.log);
    },
    stop,
  };
}
