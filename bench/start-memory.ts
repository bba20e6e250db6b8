// `npm run bench:start-memory`: the resident memory of what `npm start` leaves running, once
// the app answers: every process of the tree under npm (npm itself, any shell or wrapper, the
// server), beside the server's own (the same-run baseline: what a bare `next start` holds).
// The difference is what the start-up machinery costs for as long as the app runs.
//   npm run bench:start-memory -- [--script start]
// Runs on a throwaway embedded database; expects a current build (npm run build), else the
// start builds first. Linux only (reads ps).
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchPort, waitHealthy } from "./app-server";
import { machine, writeResult } from "./report";

const { values: opts } = parseArgs({
  options: { script: { type: "string", default: "start" } },
});

interface Proc {
  pid: number;
  ppid: number;
  rssKb: number;
  command: string;
}

function processes(): Proc[] {
  return execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss=,args="], { encoding: "utf8" })
    .split("\n")
    .flatMap((line) => {
      const m = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line);
      return m ? [{ pid: +m[1]!, ppid: +m[2]!, rssKb: +m[3]!, command: m[4]! }] : [];
    });
}

/** `root` and every process below it. */
function tree(root: number): Proc[] {
  const all = processes();
  const found = all.filter((p) => p.pid === root);
  for (let i = 0; i < found.length; i++) {
    found.push(...all.filter((p) => p.ppid === found[i]!.pid));
  }
  return found;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "belong-bench-start-"));
  const port = await benchPort(0);
  const child = spawn("npm", ["run", opts.script], {
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: "",
      BELONG_DATA_DIR: join(dataDir, "pglite"),
      MAIL_OUTBOX_DIR: join(dataDir, "outbox"),
    },
  });
  try {
    await waitHealthy(`http://127.0.0.1:${port}`, 900_000);
    // Let start-up garbage settle, as it would a minute into serving.
    await new Promise((r) => setTimeout(r, 3000));
    const procs = tree(child.pid!);
    const server = procs.find((p) => /next-server|next\/dist\/bin\/next start/.test(p.command));
    const total = procs.reduce((s, p) => s + p.rssKb, 0);
    const rows = procs.map((p) => `| ${p.pid} | ${mb(p.rssKb)} | \`${p.command.slice(0, 90)}\` |`);
    const where = `${machine()}, load average ${loadavg()[0]!.toFixed(1)}`;
    console.info(
      [
        `\n${where}; npm run ${opts.script}\n`,
        "| pid | resident | command |",
        "| ---: | ---: | --- |",
        ...rows,
        "",
        `processes: ${procs.length}; whole tree ${mb(total)}; the server alone (baseline) ${mb(server?.rssKb ?? 0)}; ` +
          `beside the server ${mb(total - (server?.rssKb ?? 0))}`,
      ].join("\n"),
    );
    writeResult("start-memory", { machine: where, script: opts.script, procs });
    if (!server) process.exitCode = 1;
  } finally {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
