// The embedded database: PostgreSQL compiled to WebAssembly (PGlite) in a local folder.
// A PGlite folder opened by two processes is corrupted for good, so the owner holds a lock
// file with its pid; a lock whose pid is dead is stale and taken over.
import { PGlite } from "@electric-sql/pglite";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

export class EmbeddedLockError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is open in another process (pid ${pid}). ` +
        "Stop that process first, or set DATABASE_URL to use PostgreSQL.",
    );
    this.name = "EmbeddedLockError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function lockPath(dir: string): string {
  return `${resolve(dir)}.lock`;
}

function takeLock(dir: string): void {
  const file = lockPath(dir);
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, "utf8").trim());
    if (pid && pid !== process.pid && isAlive(pid)) throw new EmbeddedLockError(dir, pid);
  }
  writeFileSync(file, String(process.pid));
}

function releaseLock(dir: string): void {
  const file = lockPath(dir);
  if (existsSync(file) && readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file);
}

/** Opens PGlite in a folder (locked to this process) or in memory. */
export async function openEmbedded(dir: string | "memory"): Promise<PGlite> {
  if (dir === "memory") return PGlite.create();
  takeLock(dir);
  mkdirSync(resolve(dir), { recursive: true });
  const pg = await PGlite.create(resolve(dir));
  const close = pg.close.bind(pg);
  pg.close = async () => {
    await close();
    releaseLock(dir);
  };
  process.once("exit", () => releaseLock(dir));
  return pg;
}
