// Opens the configured database, applies pending migrations and makes it this process's
// database. Used by `npm run db:migrate`, the start-up script and the integration tests.
import { join } from "node:path";
import { env } from "@/lib/env";
import { handleForPglite, handleForPostgres, setDbHandle, type DbHandle } from "./client";
import { openEmbedded } from "./embedded";
import { migrate, readMigrations, type MigrationResult } from "./migrations";
import { pgliteRunner, postgresRunner } from "./runner";

export const MIGRATIONS_DIR = join(process.cwd(), "prisma", "migrations");

export async function openAndMigrate(): Promise<{ handle: DbHandle; result: MigrationResult }> {
  const { DATABASE_URL, BELONG_DATA_DIR, BELONG_EMBEDDED_STORAGE } = env();
  // Read (and check) every file before touching the database.
  const migrations = readMigrations(MIGRATIONS_DIR);
  let handle: DbHandle;
  let result: MigrationResult;
  if (DATABASE_URL) {
    const runner = await postgresRunner(DATABASE_URL);
    try {
      result = await migrate(runner, migrations);
    } finally {
      await runner.end();
    }
    handle = handleForPostgres(DATABASE_URL);
  } else {
    const pg = await openEmbedded(
      BELONG_EMBEDDED_STORAGE === "memory" ? "memory" : BELONG_DATA_DIR,
    );
    try {
      result = await migrate(pgliteRunner(pg), migrations);
    } catch (error) {
      await pg.close();
      throw error;
    }
    handle = handleForPglite(pg);
  }
  setDbHandle(handle);
  return { handle, result };
}
