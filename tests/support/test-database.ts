// Test databases: PostgreSQL when DATABASE_URL is set (a fresh database per run, and a copy
// of the migrated template per test file), in-memory PGlite otherwise (a migrated dump loaded
// per file). Either way every test file starts from an empty, fully migrated schema.
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { handleForPglite, handleForPostgres, type DbHandle } from "@/lib/db/client";
import { migrate, readMigrations } from "@/lib/db/migrations";
import { pgliteRunner, postgresRunner } from "@/lib/db/runner";

export type TestDatabaseTemplate =
  { kind: "pglite"; dumpFile: string } | { kind: "postgres"; serverUrl: string; template: string };

const MIGRATIONS = join(process.cwd(), "prisma", "migrations");

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(serverUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTemplate(
  databaseUrl: string | undefined,
): Promise<TestDatabaseTemplate> {
  const migrations = readMigrations(MIGRATIONS);
  if (!databaseUrl) {
    const db = await PGlite.create();
    await migrate(pgliteRunner(db), migrations);
    const dump = await db.dumpDataDir("gzip");
    const dumpFile = join(tmpdir(), `belong-test-${process.pid}-${Date.now()}.tar.gz`);
    writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
    await db.close();
    return { kind: "pglite", dumpFile };
  }
  const template = `belong_test_tpl_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await admin(databaseUrl, (c) => c.query(`CREATE DATABASE "${template}"`));
  const runner = await postgresRunner(withDatabase(databaseUrl, template));
  try {
    await migrate(runner, migrations);
  } finally {
    await runner.end();
  }
  return { kind: "postgres", serverUrl: databaseUrl, template };
}

export async function dropTemplate(template: TestDatabaseTemplate): Promise<void> {
  if (template.kind === "postgres") {
    await admin(template.serverUrl, (c) =>
      c.query(`DROP DATABASE IF EXISTS "${template.template}" WITH (FORCE)`),
    );
  }
}

/** A fresh, migrated, empty database for one test file. */
export async function openTestDatabase(
  template: TestDatabaseTemplate,
): Promise<{ handle: DbHandle; url?: string; drop(): Promise<void> }> {
  if (template.kind === "pglite") {
    const blob = new Blob([readFileSync(template.dumpFile)]);
    const db = await PGlite.create({ loadDataDir: blob });
    return { handle: handleForPglite(db), drop: async () => {} };
  }
  const name = `belong_test_${randomBytes(6).toString("hex")}`;
  await admin(template.serverUrl, (c) =>
    c.query(`CREATE DATABASE "${name}" TEMPLATE "${template.template}"`),
  );
  const url = withDatabase(template.serverUrl, name);
  return {
    handle: handleForPostgres(url),
    url,
    drop: () =>
      admin(template.serverUrl, (c) =>
        c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      ).then(() => {}),
  };
}
