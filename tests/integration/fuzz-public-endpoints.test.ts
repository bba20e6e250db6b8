// Property-based fuzzing of every public JSON endpoint through its route handler: whatever
// the body, the answer is 2xx or 4xx (never 5xx), every error is problem+json with a code,
// and a refused body stores nothing.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as advicePost } from "@/app/api/v1/advice/route";
import { POST as progressPost } from "@/app/api/v1/pathway-progress/route";
import { POST as reflectionsPost } from "@/app/api/v1/reflections/route";
import { POST as surveyPost } from "@/app/api/v1/survey-responses/route";
import { getDb } from "@/lib/db";
import { jar } from "../support/cookie-jar";
import { createGroup, createInstitution, createRound } from "../support/factories";
import { hostileBodies, type RawBody } from "../support/hostile";
import { HIGH_ANSWERS } from "../support/survey";

vi.mock("next/headers", () => import("../support/cookie-jar"));

const RUNS = 1_000;
let roundCode: string;
let requestNumber = 0;

beforeAll(async () => {
  const institutionId = (await createInstitution()).id;
  const group = await createGroup(institutionId);
  roundCode = (await createRound(institutionId, { groupIds: [group.id] })).code;
});

/** Every row a public endpoint can write, in one query. */
async function stored(): Promise<string> {
  const db = await getDb();
  const rows = await db.$queryRaw<Record<string, bigint>[]>`
    SELECT (SELECT count(*) FROM "survey_responses") AS responses,
           (SELECT count(*) FROM "answers") AS answers,
           (SELECT count(*) FROM "advice") AS advice,
           (SELECT count(*) FROM "reflections") AS reflections,
           (SELECT count(*) FROM "pathway_progress") AS progress,
           (SELECT count(*) FROM "participants") AS participants`;
  return JSON.stringify(rows[0], (_, v: unknown) => (typeof v === "bigint" ? Number(v) : v));
}

function request(path: string, body: RawBody): Request {
  requestNumber += 1;
  // A distinct address per request: the fuzzer tests validation, not the rate limit.
  const address = `10.${(requestNumber >> 16) & 255}.${(requestNumber >> 8) & 255}.${requestNumber & 255}`;
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "content-type": body.contentType, "x-forwarded-for": address },
    body: body.text,
  });
}

const endpoints: {
  path: string;
  handler: (request: Request) => Promise<Response>;
  valid: () => Record<string, unknown>;
}[] = [
  {
    path: "/api/v1/survey-responses",
    handler: surveyPost,
    valid: () => ({
      roundCode,
      submissionId: randomUUID(),
      locale: "en",
      answers: { ...HIGH_ANSWERS, open_support: "<script>alert(1)</script>" },
    }),
  },
  {
    path: "/api/v1/advice",
    handler: advicePost,
    valid: () => ({
      submissionId: randomUUID(),
      text: "Ask the trainer.",
      locale: "en",
      consentToShare: true,
      source: "PATHWAY",
      roundCode,
    }),
  },
  {
    path: "/api/v1/reflections",
    handler: reflectionsPost,
    valid: () => ({
      submissionId: randomUUID(),
      storySlug: "theo-new-class",
      locale: "en",
      text: "Me too.",
      roundCode,
    }),
  },
  {
    path: "/api/v1/pathway-progress",
    handler: progressPost,
    valid: () => ({ storiesRead: ["theo-new-class"], completedSteps: ["welcome"], roundCode }),
  },
];

describe("fuzzing the public JSON endpoints", () => {
  for (const endpoint of endpoints) {
    it(`${endpoint.path}: ${RUNS} hostile bodies, never a 5xx, nothing stored when refused`, async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(hostileBodies(endpoint.valid), async (body) => {
          // Half the runs are a new device, half the same one, as phones are.
          if (requestNumber % 2 === 0) jar.clear();
          const before = await stored();
          const response = await endpoint.handler(request(endpoint.path, body));
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          expect(response.status).toBeGreaterThanOrEqual(200);
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers.get("content-type")).toBe("application/problem+json");
            const problem = (await response.json()) as { code?: unknown };
            expect(typeof problem.code).toBe("string");
            expect(await stored()).toBe(before);
          }
          if (body.text.length > 16 * 1024 && response.status >= 400) {
            expect(response.status).toBe(413);
          }
        }),
        { numRuns: RUNS },
      );
      // The generators reach both sides: some bodies accepted, most refused.
      const refused = [...statuses].filter(([s]) => s >= 400).reduce((n, [, c]) => n + c, 0);
      expect(refused).toBeGreaterThan(RUNS / 2);
      expect(refused).toBeLessThan(RUNS);
    }, 120_000);
  }

  it("stops reading an endless body at the size cap with 413", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode('{"text":"' + "z".repeat(4096)));
      },
    });
    const response = await advicePost(
      new Request("http://localhost/api/v1/advice", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "10.255.0.1" },
        body: endless,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect((await response.json()).code).toBe("payload_too_large");
    expect(pulled).toBeLessThan(16);
  });
});
