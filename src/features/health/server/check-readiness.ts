import { join } from "node:path";
import { getDb, isDatabaseUnavailable, readMigrations } from "@/lib/db";
import { jobRunnerIsAlive } from "@/lib/jobs";

export type NotReadyReason =
  "database_unreachable" | "migrations_pending" | "migrations_unreadable" | "job_runner_stopped";

export type Readiness =
  | { status: "ready"; database: "ok"; migrations: "applied"; jobs: "running" }
  | { status: "not_ready"; reason: NotReadyReason; pending?: string[] };

const TIMEOUT_MS = 2_000;

export interface ReadinessOptions {
  /** The folder of migrations this build ships (prisma/migrations). */
  migrationsDir?: string;
  /** Whether this process's job runner is polling (tests replace it). */
  runnerAlive?: () => boolean;
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS).unref(),
    ),
  ]);
}

/**
 * Whether this instance should get traffic: the database answers, every migration this build
 * ships is applied (a new version must not serve an old schema), and the job runner polls
 * (a flag's mail would otherwise wait). The first thing wrong is the reason.
 */
export async function checkReadiness({
  migrationsDir = join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations"),
  runnerAlive = () => jobRunnerIsAlive(),
}: ReadinessOptions = {}): Promise<Readiness> {
  let db;
  try {
    db = await getDb();
    await withTimeout(db.$queryRaw`SELECT 1`);
  } catch {
    return { status: "not_ready", reason: "database_unreachable" };
  }
  let shipped: string[];
  try {
    shipped = readMigrations(migrationsDir).map((m) => m.name);
  } catch {
    return { status: "not_ready", reason: "migrations_unreadable" };
  }
  let applied: Set<string>;
  try {
    const rows = await withTimeout(
      db.$queryRawUnsafe<{ migration_name: string }[]>(
        `SELECT migration_name FROM "_prisma_migrations"
         WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      ),
    );
    applied = new Set(rows.map((r) => r.migration_name));
  } catch (error) {
    if (isDatabaseUnavailable(error) || (error as Error).message === "timeout") {
      return { status: "not_ready", reason: "database_unreachable" };
    }
    // No migrations table yet: nothing is applied.
    applied = new Set();
  }
  const pending = shipped.filter((name) => !applied.has(name));
  if (pending.length > 0) return { status: "not_ready", reason: "migrations_pending", pending };
  if (!runnerAlive()) return { status: "not_ready", reason: "job_runner_stopped" };
  return { status: "ready", database: "ok", migrations: "applied", jobs: "running" };
}
