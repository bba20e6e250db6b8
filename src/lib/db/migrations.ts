// Applies the SQL migrations in prisma/migrations, recorded in Prisma Migrate's own
// `_prisma_migrations` table so a machine with Prisma's schema engine can take over with
// `prisma migrate deploy`. No Prisma or Next imports: it runs on PostgreSQL and PGlite alike.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The little a migration needs from a database connection. */
export interface SqlRunner {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

// Any constant works; it only has to be the same for every instance of the app.
const MIGRATION_LOCK_KEY = 72_707_369;

export const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

/** Reads prisma/migrations/<name>/migration.sql in name order; a folder without its file stops. */
export function readMigrations(folder: string): MigrationFile[] {
  if (!existsSync(folder)) throw new MigrationError(`Migrations folder not found: ${folder}`);
  const names = readdirSync(folder)
    .filter((name) => statSync(join(folder, name)).isDirectory())
    .sort();
  return names.map((name) => {
    const file = join(folder, name, "migration.sql");
    if (!existsSync(file)) {
      throw new MigrationError(
        `Migration "${name}" has no migration.sql (${file}). Nothing was changed.`,
      );
    }
    const sql = readFileSync(file, "utf8");
    return { name, sql, checksum: checksumOf(sql) };
  });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

/**
 * Checks every applied migration against its file first, then applies the pending ones, each
 * in its own transaction. Any mismatch stops before anything is changed.
 */
export async function migrate(
  db: SqlRunner,
  migrations: MigrationFile[],
): Promise<MigrationResult> {
  await db.exec(MIGRATIONS_TABLE_DDL);
  await db.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    const rows = await db.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"
       WHERE rolled_back_at IS NULL ORDER BY started_at`,
    );
    const byName = new Map(migrations.map((m) => [m.name, m]));
    for (const row of rows) {
      if (row.finished_at === null) {
        throw new MigrationError(
          `Migration "${row.migration_name}" started but did not finish. Resolve it before migrating again. Nothing was changed.`,
        );
      }
      const file = byName.get(row.migration_name);
      if (!file) {
        throw new MigrationError(
          `Migration "${row.migration_name}" is applied in the database but its folder is missing from prisma/migrations. Nothing was changed.`,
        );
      }
      if (file.checksum !== row.checksum) {
        throw new MigrationError(
          `Migration "${row.migration_name}" was changed after it was applied (checksum differs). Add a new migration instead of editing an applied one. Nothing was changed.`,
        );
      }
    }
    const done = new Set(rows.map((r) => r.migration_name));
    const pending = migrations.filter((m) => !done.has(m.name));
    for (const m of pending) {
      await db.exec("BEGIN");
      try {
        await db.exec(m.sql);
        await db.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await db.exec("COMMIT");
      } catch (error) {
        await db.exec("ROLLBACK");
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`Migration "${m.name}" failed and was rolled back: ${reason}`);
      }
    }
    return { applied: pending.map((m) => m.name), alreadyApplied: done.size };
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}
