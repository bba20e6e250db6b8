// A crash in the middle of a burst of submissions: the server is killed with SIGKILL while
// advice is being sent, then started again. Every submission that got a 2xx is stored exactly
// once, and the phones' retries (the same submissionId, as the device outbox sends them)
// complete the rest, again exactly once.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { expect, test } from "./fixtures";
import { postgresReachable, startInstances, type Instances } from "./app-instances";

const PORT = Number(process.env.E2E_PORT ?? 3210) + 3;
const SUBMISSIONS = 150;
const CONCURRENCY = 10;
const KILL_AFTER_ACKS = 50;

let instances: Instances | undefined;

type Outcome = "acknowledged" | "refused" | "lost";

async function send(url: string, body: object): Promise<Outcome> {
  try {
    const response = await fetch(`${url}/api/v1/advice`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.ok) return "acknowledged";
    return response.status >= 500 ? "lost" : "refused";
  } catch {
    return "lost";
  }
}

test.describe("a crash under load", () => {
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async () => {
    test.skip(!(await postgresReachable()), "needs a PostgreSQL server (DATABASE_URL)");
    instances = await startInstances([PORT]);
  });
  test.afterAll(async () => instances?.stop());

  test("kill -9 mid-burst loses no acknowledged advice, and retries store the rest once", async () => {
    const url = instances!.urls[0]!;
    const marker = randomUUID().slice(0, 8);
    const bodies = Array.from({ length: SUBMISSIONS }, (_, i) => ({
      submissionId: randomUUID(),
      text: `Ask for help early, everyone does. ${marker} ${i}`,
      locale: "en",
      consentToShare: false,
      source: "PATHWAY",
      // The demo school's round: every piece of advice reaches a school.
      roundCode: "DEMO01",
    }));
    const outcomes = new Map<string, Outcome>();
    let acks = 0;
    let killed = false;
    let next = 0;
    const worker = async () => {
      while (next < bodies.length) {
        const body = bodies[next++]!;
        const outcome = await send(url, body);
        outcomes.set(body.submissionId, outcome);
        if (outcome === "acknowledged" && ++acks >= KILL_AFTER_ACKS && !killed) {
          killed = true;
          instances!.kill(0);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const acknowledged = bodies.filter((b) => outcomes.get(b.submissionId) === "acknowledged");
    const lost = bodies.filter((b) => outcomes.get(b.submissionId) === "lost");
    expect(killed).toBe(true);
    expect(lost.length, "some submissions met the dead server").toBeGreaterThan(0);
    expect(bodies.filter((b) => outcomes.get(b.submissionId) === "refused")).toEqual([]);

    await instances!.restart(0);
    // The outbox resends everything not acknowledged, and (to be sure) some that were.
    const retried = [...lost, ...acknowledged.slice(0, 10)];
    for (const body of retried) expect(await send(url, body)).toBe("acknowledged");

    const db = new pg.Client({ connectionString: instances!.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ submission_id: string; copies: string }>(
        "SELECT submission_id, count(*) AS copies FROM advice WHERE text LIKE $1 GROUP BY submission_id",
        [`%${marker}%`],
      );
      const copies = new Map(rows.map((r) => [r.submission_id, Number(r.copies)]));
      for (const body of acknowledged) expect(copies.get(body.submissionId)).toBe(1);
      expect(rows.length).toBe(SUBMISSIONS);
      expect([...copies.values()].every((n) => n === 1)).toBe(true);
    } finally {
      await db.end();
    }
    const figures = `${acknowledged.length} acknowledged before the kill, ${lost.length} lost in flight and resent, ${SUBMISSIONS} stored once each`;
    console.info(`kill -9 mid-burst: ${figures}`);
    test.info().annotations.push({ type: "figures", description: figures });
  });
});
