// The backup of docs/deploy.md, for real: `pg_dump --format=custom` of a database with data,
// `pg_restore --no-owner` into an empty database, and the app's data layer serving the copy
// (no migration pending, results answer with the same figures). PostgreSQL only: this tests
// PostgreSQL's own tools. It uses DATABASE_URL's server (CI sets it), else 127.0.0.1:5432;
// with neither reachable it is skipped, saying so. A missing pg_dump or pg_restore fails.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRoundResults } from "@/features/dashboard/server";
import { checkReadiness } from "@/features/health/server";
import type { StaffContext } from "@/features/access/server";
import { closeDb, getDb, handleForPostgres, setDbHandle } from "@/lib/db/client";
import { migrate, readMigrations } from "@/lib/db/migrations";
import { postgresRunner } from "@/lib/db/runner";
import { addResponses } from "../support/dashboard";
import { createGroup, createInstitution, createRound, createStaff } from "../support/factories";
import { withDatabase } from "../support/test-database";

const SERVER_URL = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const REQUIRED = Boolean(process.env.DATABASE_URL);
const MIGRATIONS = join(process.cwd(), "prisma", "migrations");

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const reachable = await admin("SELECT 1").then(
  () => true,
  () => false,
);
const skipReason =
  "skipped: DATABASE_URL is unset and no PostgreSQL server answers at 127.0.0.1:5432";
if (!reachable && !REQUIRED) console.warn(`backup-restore.test.ts ${skipReason}`);

/** Runs one of PostgreSQL's client tools; a missing binary is an error that says what to install. */
function tool(name: "pg_dump" | "pg_restore", args: string[]): void {
  const run = spawnSync(name, args, { encoding: "utf8", timeout: 120_000 });
  if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Error(
      `${name} is not installed: install PostgreSQL's client tools (Debian: apt-get install postgresql-client) to test backups`,
    );
  }
  if (run.status !== 0) throw new Error(`${name} failed (${run.status}): ${run.stderr}`);
}

describe.skipIf(!reachable && !REQUIRED)(
  reachable || REQUIRED ? "a pg_dump backup" : `a pg_dump backup (${skipReason})`,
  () => {
    const suffix = randomBytes(4).toString("hex");
    const source = `belong_backup_src_${suffix}`;
    const target = `belong_backup_dst_${suffix}`;
    const folder = mkdtempSync(join(tmpdir(), "belong-backup-"));
    const dumpFile = join(folder, "belong.dump");
    let ctx: StaffContext;
    let roundId: string;
    let before: Awaited<ReturnType<typeof getRoundResults>>;

    beforeAll(async () => {
      await admin(`CREATE DATABASE "${source}"`);
      await admin(`CREATE DATABASE "${target}"`);
      const runner = await postgresRunner(withDatabase(SERVER_URL, source));
      try {
        await migrate(runner, readMigrations(MIGRATIONS));
      } finally {
        await runner.end();
      }
      // The app's data layer on the source database, filled through the same factories.
      await closeDb();
      setDbHandle(handleForPostgres(withDatabase(SERVER_URL, source)));
      const school = await createInstitution({ minGroupSize: 5 });
      const coordinator = await createStaff(school.id, "COORDINATOR");
      ctx = { userId: coordinator.id, institutionId: school.id, role: "COORDINATOR" };
      const group = await createGroup(school.id, { expectedSize: 10 });
      const round = await createRound(school.id, { groupIds: [group.id] });
      roundId = round.id;
      await addResponses(school.id, round.id, group.id, [30, 45, 60, 75, 90, 100]);
      before = await getRoundResults(ctx, { roundId }, "en");
      await closeDb();
    });

    afterAll(async () => {
      await closeDb();
      for (const name of [source, target]) {
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      }
      rmSync(folder, { recursive: true, force: true });
    });

    it("restores into an empty database that the app then serves as before", async () => {
      tool("pg_dump", [
        "--format=custom",
        `--file=${dumpFile}`,
        `--dbname=${withDatabase(SERVER_URL, source)}`,
      ]);
      tool("pg_restore", ["--no-owner", `--dbname=${withDatabase(SERVER_URL, target)}`, dumpFile]);

      setDbHandle(handleForPostgres(withDatabase(SERVER_URL, target)));
      // Every migration this build ships is recorded as applied in the copy.
      expect(await checkReadiness({ migrationsDir: MIGRATIONS, runnerAlive: () => true })).toEqual({
        status: "ready",
        database: "ok",
        migrations: "applied",
        jobs: "running",
      });
      const after = await getRoundResults(ctx, { roundId }, "en");
      expect(after.responses).toMatchObject({ suppressed: false, responses: 6 });
      expect(after).toEqual(before);
      // And it takes new writes: the sequences and defaults came along.
      const db = await getDb();
      const again = await createInstitution();
      expect(await db.institution.count({ where: { id: again.id } })).toBe(1);
    });
  },
);
