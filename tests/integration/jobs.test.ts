// The job runner on a real database (PGlite by default, PostgreSQL with DATABASE_URL): a job
// exists only if its transaction committed, runs once across runners, is retried with
// backoff, is given up after its last try, and is taken over when its worker died.
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { getDb, handleForPostgres, type Db, type DbHandle } from "@/lib/db";
import {
  enqueueJob,
  jobRunnerIsAlive,
  runDueJobs,
  startJobRunner,
  stopJobRunner,
  type JobHandlers,
} from "@/lib/jobs";
import { openTestDatabase } from "../support/test-database";

const MINUTE = 60_000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

async function jobOf(id: string) {
  return (await getDb()).job.findUniqueOrThrow({ where: { id } });
}

describe("enqueueJob", () => {
  it("stores a job only when the transaction that caused it commits", async () => {
    const db = await getDb();
    const kind = `test.commit.${Date.now()}`;
    await expect(
      db.$transaction(async (tx) => {
        await enqueueJob(tx, kind, { n: 1 });
        throw new Error("the cause failed");
      }),
    ).rejects.toThrow("the cause failed");
    expect(await db.job.count({ where: { kind } })).toBe(0);
    await db.$transaction((tx) => enqueueJob(tx, kind, { n: 2 }));
    const jobs = await db.job.findMany({ where: { kind } });
    expect(jobs.map((j) => [j.payload, j.status])).toEqual([[{ n: 2 }, "PENDING"]]);
  });
});

describe("runDueJobs", () => {
  it("retries a failing job with growing pauses, then marks it done", async () => {
    const db = await getDb();
    const kind = `test.retry.${Date.now()}`;
    const now = new Date();
    let calls = 0;
    const handlers: JobHandlers = {
      [kind]: async () => {
        calls += 1;
        if (calls <= 2) throw new Error(`mail server said no (${calls})`);
      },
    };
    const { id } = await enqueueJob(db, kind, {}, { runAt: now });
    const run = (t: Date) => runDueJobs(db, { handlers, workerId: "w1", now: () => t });

    expect(await run(now)).toEqual({ done: 0, failed: 1 });
    const first = await jobOf(id);
    expect(first).toMatchObject({ status: "PENDING", attempts: 1, lockedBy: null });
    expect(first.lastError).toBe("mail server said no (1)");
    expect(first.runAt.getTime() - now.getTime()).toBe(30_000);

    // Not due yet: nothing runs.
    expect(await run(at(now, 29_000))).toEqual({ done: 0, failed: 0 });
    expect(await run(at(now, 30_000))).toEqual({ done: 0, failed: 1 });
    const second = await jobOf(id);
    expect(second.runAt.getTime() - now.getTime()).toBe(30_000 + 60_000);

    expect(await run(at(now, 90_000))).toEqual({ done: 1, failed: 0 });
    expect(await jobOf(id)).toMatchObject({ status: "DONE", attempts: 3, lastError: null });
    expect(await run(at(now, 60 * MINUTE))).toEqual({ done: 0, failed: 0 });
    expect(calls).toBe(3);
  });

  it("gives a job up after its last allowed try, keeping the reason", async () => {
    const db = await getDb();
    const kind = `test.dead.${Date.now()}`;
    const now = new Date();
    const handlers: JobHandlers = {
      [kind]: async () => {
        throw new Error("no such mailbox");
      },
    };
    const { id } = await enqueueJob(db, kind, {}, { runAt: now, maxAttempts: 2 });
    await runDueJobs(db, { handlers, workerId: "w1", now: () => now });
    await runDueJobs(db, { handlers, workerId: "w1", now: () => at(now, 10 * MINUTE) });
    expect(await jobOf(id)).toMatchObject({
      status: "FAILED",
      attempts: 2,
      lastError: "no such mailbox",
    });
    expect(
      await runDueJobs(db, { handlers, workerId: "w1", now: () => at(now, 600 * MINUTE) }),
    ).toEqual({ done: 0, failed: 0 });
  });

  it("leaves kinds it has no handler for to runners that have one", async () => {
    const db = await getDb();
    const kind = `test.unknown.${Date.now()}`;
    const { id } = await enqueueJob(db, kind, {});
    await runDueJobs(db, { handlers: { "test.other": async () => {} }, workerId: "w1" });
    expect(await jobOf(id)).toMatchObject({ status: "PENDING", attempts: 0 });
  });

  it("takes over a job whose worker died once its lock expires, and the late worker cannot undo it", async () => {
    const db = await getDb();
    const kind = `test.takeover.${Date.now()}`;
    const now = new Date();
    const ran: string[] = [];
    let releaseStuck!: () => void;
    const stuck = new Promise<void>((resolve) => (releaseStuck = resolve));
    const { id } = await enqueueJob(db, kind, {}, { runAt: now });

    // Worker A claims the job and then hangs (as if its process froze or died).
    const workerA = runDueJobs(db, {
      handlers: { [kind]: () => (ran.push("A"), stuck) },
      workerId: "A",
      now: () => now,
      lockMs: MINUTE,
    });
    await expect.poll(async () => (await jobOf(id)).status).toBe("RUNNING");

    const handlersB: JobHandlers = { [kind]: async () => void ran.push("B") };
    // While A's lock holds, nobody else takes the job.
    expect(await runDueJobs(db, { handlers: handlersB, workerId: "B", now: () => now })).toEqual({
      done: 0,
      failed: 0,
    });
    const later = at(now, MINUTE + 1_000);
    expect(await runDueJobs(db, { handlers: handlersB, workerId: "B", now: () => later })).toEqual({
      done: 1,
      failed: 0,
    });
    expect(await jobOf(id)).toMatchObject({ status: "DONE", attempts: 2 });

    releaseStuck();
    await workerA;
    expect(ran).toEqual(["A", "B"]);
    expect(await jobOf(id)).toMatchObject({ status: "DONE", attempts: 2, lockedBy: null });
  });
});

describe("several runners", () => {
  let own: { handle: DbHandle; url?: string; drop(): Promise<void> };
  let second: DbHandle;

  beforeAll(async () => {
    // Its own database, and on PostgreSQL a second client with its own connections, as a
    // second app instance would have.
    own = await openTestDatabase(inject("testDatabase"));
    second = own.url ? handleForPostgres(own.url) : own.handle;
  });

  afterAll(async () => {
    if (second !== own.handle) await second.close();
    await own.handle.close();
    await own.drop();
  });

  it("run every job exactly once between them", async () => {
    const a: Db = own.handle.prisma;
    const b: Db = second.prisma;
    const kind = "test.once";
    const ids: string[] = [];
    for (let i = 0; i < 30; i += 1) ids.push((await enqueueJob(a, kind, { i })).id);
    const ranBy = new Map<string, string[]>();
    const handlersFor = (worker: string): JobHandlers => ({
      [kind]: async (_payload, job) => {
        ranBy.set(job.id, [...(ranBy.get(job.id) ?? []), worker]);
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    });
    const results = await Promise.all([
      runDueJobs(a, { handlers: handlersFor("a1"), workerId: "a1" }),
      runDueJobs(a, { handlers: handlersFor("a2"), workerId: "a2" }),
      runDueJobs(b, { handlers: handlersFor("b1"), workerId: "b1" }),
      runDueJobs(b, { handlers: handlersFor("b2"), workerId: "b2" }),
    ]);
    expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(30);
    expect([...ranBy.keys()].sort()).toEqual([...ids].sort());
    expect([...ranBy.values()].every((workers) => workers.length === 1)).toBe(true);
    expect(await a.job.count({ where: { kind, status: "DONE", attempts: 1 } })).toBe(30);
  });
});

describe("the process's runner", () => {
  afterAll(() => stopJobRunner());

  it("runs a newly enqueued job within moments, says it is alive, and stops", async () => {
    const db = await getDb();
    const kind = `test.loop.${Date.now()}`;
    const seen: unknown[] = [];
    startJobRunner({ [kind]: async (payload) => void seen.push(payload) }, { intervalMs: 200 });
    await db.$transaction((tx) => enqueueJob(tx, kind, { hello: "world" }));
    await expect.poll(() => seen, { timeout: 5_000 }).toEqual([{ hello: "world" }]);
    expect(jobRunnerIsAlive()).toBe(true);
    await stopJobRunner();
    expect(jobRunnerIsAlive()).toBe(false);
  });
});
