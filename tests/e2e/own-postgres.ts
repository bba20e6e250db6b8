// A PostgreSQL server of the test's own (initdb into a temporary folder, its own port), so a
// test can stop and start it under the running app without touching the machine's shared one.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOTS = ["/usr/lib/postgresql"];

function binDir(): string | undefined {
  for (const root of ROOTS) {
    if (!existsSync(root)) continue;
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const bin = join(root, version, "bin");
      if (existsSync(join(bin, "initdb")) && existsSync(join(bin, "pg_ctl"))) return bin;
    }
  }
  return undefined;
}

/** PostgreSQL refuses to run as root: the server runs as the postgres user then. */
function run(command: string, args: string[]): { status: number | null; output: string } {
  const asRoot = process.getuid?.() === 0;
  const result = asRoot
    ? spawnSync("runuser", ["-u", "postgres", "--", command, ...args], { encoding: "utf8" })
    : spawnSync(command, args, { encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export interface OwnPostgres {
  url: string;
  stop: () => void;
  start: () => void;
  remove: () => void;
}

export function ownPostgresAvailable(): boolean {
  return binDir() !== undefined;
}

export function createOwnPostgres(port: number): OwnPostgres {
  const bin = binDir();
  if (!bin) throw new Error("No PostgreSQL server binaries (initdb, pg_ctl) on this machine.");
  const dir = mkdtempSync(join(tmpdir(), "belong-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const init = run(join(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust"]);
  if (init.status !== 0) throw new Error(`initdb failed:\n${init.output}`);
  const ctl = (...args: string[]) => {
    const result = run(join(bin, "pg_ctl"), ["-D", data, "-w", ...args]);
    if (result.status !== 0) throw new Error(`pg_ctl ${args[0]} failed:\n${result.output}`);
  };
  const start = () =>
    ctl(
      "-l",
      join(dir, "server.log"),
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      "start",
    );
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop: () => ctl("-m", "fast", "stop"),
    remove: () => {
      try {
        ctl("-m", "immediate", "stop");
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
