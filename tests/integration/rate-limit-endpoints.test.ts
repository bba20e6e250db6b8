// Each public write endpoint refuses an over-limit client with 429 problem+json and
// Retry-After, and stores nothing for the refused request. The client's window is filled
// through hitRateLimit, so the test does not need hundreds of real submissions.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as advicePost } from "@/app/api/v1/advice/route";
import { POST as progressPost } from "@/app/api/v1/pathway-progress/route";
import { POST as reflectionsPost } from "@/app/api/v1/reflections/route";
import { POST as surveyPost } from "@/app/api/v1/survey-responses/route";
import { getDb } from "@/lib/db";
import { clientKey, hitRateLimit, RATE_LIMITS, type RateLimitRule } from "@/lib/http";
import { jar } from "../support/cookie-jar";
import { createGroup, createInstitution, createRound } from "../support/factories";
import { jsonRequest } from "../support/requests";
import { body, HIGH_ANSWERS } from "../support/survey";

vi.mock("next/headers", () => import("../support/cookie-jar"));

let roundCode: string;
beforeAll(async () => {
  const institutionId = (await createInstitution()).id;
  const group = await createGroup(institutionId);
  roundCode = (await createRound(institutionId, { groupIds: [group.id] })).code;
});

async function stored() {
  const db = await getDb();
  const [responses, advice, reflections, progress, participants] = await Promise.all([
    db.surveyResponse.count(),
    db.advice.count(),
    db.reflection.count(),
    db.pathwayProgress.count(),
    db.participant.count(),
  ]);
  return { responses, advice, reflections, progress, participants };
}

interface Endpoint {
  path: string;
  rule: RateLimitRule;
  handler: (request: Request) => Promise<Response>;
  valid: () => unknown;
}

const endpoints: Endpoint[] = [
  {
    path: "/api/v1/survey-responses",
    rule: RATE_LIMITS.surveyResponses,
    handler: surveyPost,
    valid: () => body(roundCode, HIGH_ANSWERS),
  },
  {
    path: "/api/v1/advice",
    rule: RATE_LIMITS.pathwayWriting,
    handler: advicePost,
    valid: () => ({
      submissionId: randomUUID(),
      text: "Ask the trainer. They like questions.",
      locale: "en",
      consentToShare: true,
      source: "PATHWAY",
      roundCode,
    }),
  },
  {
    path: "/api/v1/reflections",
    rule: RATE_LIMITS.pathwayWriting,
    handler: reflectionsPost,
    valid: () => ({
      submissionId: randomUUID(),
      storySlug: "theo-new-class",
      locale: "en",
      text: "I also eat alone sometimes.",
      roundCode,
    }),
  },
  {
    path: "/api/v1/pathway-progress",
    rule: RATE_LIMITS.pathwayWriting,
    handler: progressPost,
    valid: () => ({ storiesRead: [], completedSteps: ["welcome"], roundCode }),
  },
];

describe("rate limits on the public write endpoints", () => {
  // Each test starts just after a window begins, so the filled window cannot roll over.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Math.floor(Date.now() / 60_000) * 60_000 + 61_000);
  });
  afterEach(() => vi.useRealTimers());

  for (const endpoint of endpoints) {
    it(`${endpoint.path}: 429 with Retry-After over the limit, nothing stored`, async () => {
      const headers = { "x-forwarded-for": `198.51.100.${endpoints.indexOf(endpoint) + 1}` };
      const request = () => jsonRequest(endpoint.path, endpoint.valid(), headers);
      // Under the limit the same client is served.
      expect((await endpoint.handler(request())).status).toBeLessThan(300);
      const key = clientKey(request());
      for (let i = 1; i < endpoint.rule.limit; i++) await hitRateLimit(endpoint.rule, key);
      const before = await stored();
      const response = await endpoint.handler(request());
      expect(response.status).toBe(429);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const retryAfter = Number(response.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(endpoint.rule.windowSeconds);
      expect((await response.json()).code).toBe("rate_limited");
      expect(await stored()).toEqual(before);
      // Another client (another phone, another address) is not affected.
      jar.clear();
      const other = jsonRequest(endpoint.path, endpoint.valid(), {
        "x-forwarded-for": "203.0.113.77",
      });
      expect((await endpoint.handler(other)).status).toBeLessThan(300);
    });
  }
});
