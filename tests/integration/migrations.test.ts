// The migration runner on a real database: applies in order, records Prisma Migrate's table,
// is idempotent, and refuses changed or missing files without changing anything.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  checksumOf,
  migrate,
  MigrationError,
  readMigrations,
  type SqlRunner,
} from "@/lib/db/migrations";
import { pgliteRunner } from "@/lib/db/runner";

let folder: string;
let db: PGlite;
let runner: SqlRunner;

function write(name: string, sql: string) {
  mkdirSync(join(folder, name), { recursive: true });
  writeFileSync(join(folder, name, "migration.sql"), sql);
}

async function tables(): Promise<string[]> {
  const rows = await runner.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  return rows.map((r) => r.tablename);
}

// One in-memory database for the file, emptied before each test (creating one costs ~2 s).
beforeAll(async () => {
  db = await PGlite.create();
  runner = pgliteRunner(db);
});

afterAll(() => db.close());

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), "belong-migrations-"));
  await db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("migrate", () => {
  it("applies pending migrations in name order and records them like Prisma Migrate", async () => {
    write("20260102000000_second", 'ALTER TABLE "a" ADD COLUMN "b" INT;');
    write("20260101000000_first", 'CREATE TABLE "a" ("id" INT PRIMARY KEY);');
    const result = await migrate(runner, readMigrations(folder));
    expect(result.applied).toEqual(["20260101000000_first", "20260102000000_second"]);
    const rows = await runner.query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
      finished_at: Date | null;
    }>(
      'SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(result.applied);
    expect(rows[0]!.checksum).toBe(checksumOf('CREATE TABLE "a" ("id" INT PRIMARY KEY);'));
    expect(rows.every((r) => r.applied_steps_count === 1 && r.finished_at !== null)).toBe(true);
  });

  it("is idempotent: a second run applies nothing", async () => {
    write("20260101000000_first", 'CREATE TABLE "a" ("id" INT PRIMARY KEY);');
    await migrate(runner, readMigrations(folder));
    const again = await migrate(runner, readMigrations(folder));
    expect(again).toEqual({ applied: [], alreadyApplied: 1 });
  });

  it("refuses a changed applied migration and changes nothing", async () => {
    write("20260101000000_first", 'CREATE TABLE "a" ("id" INT PRIMARY KEY);');
    await migrate(runner, readMigrations(folder));
    write("20260101000000_first", 'CREATE TABLE "a" ("id" BIGINT PRIMARY KEY);');
    write("20260102000000_second", 'CREATE TABLE "b" ("id" INT PRIMARY KEY);');
    await expect(migrate(runner, readMigrations(folder))).rejects.toThrow(
      /was changed after it was applied/,
    );
    expect(await tables()).toEqual(["_prisma_migrations", "a"]);
  });

  it("refuses a migration folder without its file before touching the database", async () => {
    write("20260101000000_first", 'CREATE TABLE "a" ("id" INT PRIMARY KEY);');
    mkdirSync(join(folder, "20260102000000_empty"));
    expect(() => readMigrations(folder)).toThrow(MigrationError);
    expect(() => readMigrations(folder)).toThrow(/has no migration.sql/);
    expect(await tables()).toEqual([]);
  });

  it("rolls back a failing migration entirely and records nothing for it", async () => {
    write("20260101000000_first", 'CREATE TABLE "a" ("id" INT PRIMARY KEY);');
    write(
      "20260102000000_broken",
      'CREATE TABLE "b" ("id" INT PRIMARY KEY); SELECT no_such_function();',
    );
    await expect(migrate(runner, readMigrations(folder))).rejects.toThrow(
      /"20260102000000_broken" failed and was rolled back/,
    );
    expect(await tables()).toEqual(["_prisma_migrations", "a"]);
    const names = await runner.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations"',
    );
    expect(names.map((r) => r.migration_name)).toEqual(["20260101000000_first"]);
  });

  it("refuses when the database has a migration the folder lacks", async () => {
    write("20260101000000_first", 'CREATE TABLE "a" ("id" INT PRIMARY KEY);');
    await migrate(runner, readMigrations(folder));
    rmSync(join(folder, "20260101000000_first"), { recursive: true });
    await expect(migrate(runner, [])).rejects.toThrow(/folder is missing/);
  });
});
