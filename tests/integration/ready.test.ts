// GET /api/ready: 200 only when the database answers, every migration this build ships is
// applied and the job runner polls; otherwise 503 with the reason. /api/health is unchanged.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { checkReadiness } from "@/features/health/server";
import { closeDb, dbHandle, handleForPostgres, setDbHandle } from "@/lib/db/client";
import { startJobRunner, stopJobRunner } from "@/lib/jobs";

const shipped = join(process.cwd(), "prisma", "migrations");

afterAll(() => stopJobRunner());

describe("GET /api/ready", () => {
  it("answers 503 while the job runner is not running, and 200 once it polls", async () => {
    const before = await ready();
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ status: "not_ready", reason: "job_runner_stopped" });

    startJobRunner({}, { intervalMs: 100 });
    await expect.poll(async () => (await ready()).status, { timeout: 5_000 }).toBe(200);
    const response = await ready();
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      status: "ready",
      database: "ok",
      migrations: "applied",
      jobs: "running",
    });
    // Health keeps its contract.
    expect(await (await health()).json()).toEqual({ status: "ok", database: "ok" });

    await stopJobRunner();
    expect((await ready()).status).toBe(503);
  });

  it("is not ready while a migration of this build is not applied", async () => {
    const dir = mkdtempSync(join(tmpdir(), "belong-migrations-"));
    try {
      cpSync(shipped, dir, { recursive: true });
      mkdirSync(join(dir, "29991231000000_later"));
      writeFileSync(join(dir, "29991231000000_later", "migration.sql"), "SELECT 1;\n");
      expect(await checkReadiness({ migrationsDir: dir, runnerAlive: () => true })).toEqual({
        status: "not_ready",
        reason: "migrations_pending",
        pending: ["29991231000000_later"],
      });
      expect(await checkReadiness({ migrationsDir: shipped, runnerAlive: () => true })).toEqual(
        expect.objectContaining({ status: "ready" }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is not ready when the database is unreachable", async () => {
    const handle = await dbHandle();
    // A port nothing listens on: the query fails fast.
    setDbHandle(handleForPostgres("postgresql://nobody@127.0.0.1:1/none"));
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: "not_ready",
        reason: "database_unreachable",
      });
    } finally {
      await closeDb();
      setDbHandle(handle);
    }
  });
});
