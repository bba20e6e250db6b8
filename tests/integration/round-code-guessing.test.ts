// Survey round codes cannot be guessed through any route that takes one: wrong codes count per
// client across all of them (the round page's data and the poster, its QR code, submissions, the
// pathway's ?from= and its writing), and once a client is over the limit every route refuses
// it, a right code too, with a kind page or a 429 problem+json with Retry-After. Right codes
// never count, and other clients are not affected.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as advicePost } from "@/app/api/v1/advice/route";
import { GET as pathwayGet } from "@/app/api/v1/pathway/route";
import { POST as progressPost } from "@/app/api/v1/pathway-progress/route";
import { POST as reflectionsPost } from "@/app/api/v1/reflections/route";
import { GET as roundGet } from "@/app/api/v1/rounds/[code]/route";
import { GET as qrGet } from "@/app/api/v1/rounds/[code]/qr.svg/route";
import { POST as surveyPost } from "@/app/api/v1/survey-responses/route";
import { findRoundForClient } from "@/features/survey/server";
import { getDb } from "@/lib/db";
import { clientKey, RATE_LIMITS } from "@/lib/http";
import { createGroup, createInstitution, createRound } from "../support/factories";
import { jsonRequest } from "../support/requests";
import { body, HIGH_ANSWERS } from "../support/survey";

vi.mock("next/headers", () => import("../support/cookie-jar"));

const LIMIT = RATE_LIMITS.roundCodeMisses.limit;
let code: string;
let schoolName: string;
let address = 0;

beforeAll(async () => {
  const school = await createInstitution();
  schoolName = school.name;
  const group = await createGroup(school.id);
  code = (await createRound(school.id, { groupIds: [group.id] })).code;
});

beforeEach(async () => {
  // Each test starts just after a window begins, so its window cannot roll over mid-test.
  vi.useFakeTimers({ toFake: ["Date"] });
  const windowMs = RATE_LIMITS.roundCodeMisses.windowSeconds * 1000;
  vi.setSystemTime(Math.floor(Date.now() / windowMs) * windowMs + windowMs + 1_000);
  return () => vi.useRealTimers();
});

/** A new client (its own address) for each test. */
function newClient() {
  address += 1;
  const headers = { "x-forwarded-for": `198.51.100.${address}` };
  return { headers, key: clientKey({ headers: new Headers(headers) }) };
}

type Client = ReturnType<typeof newClient>;
/** "accepted": a write that was not refused (stored with or without a school). */
type Outcome = "found" | "not-found" | "refused" | "accepted";

async function problem(response: Response): Promise<Outcome> {
  if (response.status === 429) {
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    expect(((await response.json()) as { code: string }).code).toBe("rate_limited");
    return "refused";
  }
  if (response.status === 404) return "not-found";
  expect(response.status).toBeLessThan(300);
  return "found";
}

/** A pathway write carrying a round code: refused over the limit, else stored either way. */
function pathwayWriting(
  handler: (request: Request) => Promise<Response>,
  path: string,
  body: () => Record<string, unknown>,
) {
  return async (client: Client, typed: string): Promise<Outcome> => {
    const response = await handler(
      jsonRequest(path, { ...body(), roundCode: typed }, client.headers),
    );
    return response.status === 429 ? problem(response) : "accepted";
  };
}

/** Every route that resolves a round code, as seen by one client. */
const routes: Record<string, (client: Client, typed: string) => Promise<Outcome>> = {
  "the round's page": async (client, typed) =>
    problem(
      await roundGet(
        new Request(`http://localhost/api/v1/rounds/${typed}?locale=en`, {
          headers: client.headers,
        }),
        { params: Promise.resolve({ code: typed }) },
      ),
    ),
  "the poster": async (client, typed) => {
    try {
      return (await findRoundForClient(typed, client.key)) ? "found" : "not-found";
    } catch (error) {
      expect(error).toMatchObject({ code: "rate_limited", status: 429 });
      return "refused";
    }
  },
  "the QR code": async (client, typed) =>
    problem(
      await qrGet(
        new Request(`http://localhost/api/v1/rounds/${typed}/qr.svg`, { headers: client.headers }),
        { params: Promise.resolve({ code: typed }) },
      ),
    ),
  "a submission": async (client, typed) =>
    problem(
      await surveyPost(
        jsonRequest("/api/v1/survey-responses", body(typed, HIGH_ANSWERS), client.headers),
      ),
    ),
  "the pathway's ?from=": async (client, typed) => {
    const response = await pathwayGet(
      new Request(`http://localhost/api/v1/pathway?locale=en&from=${typed}`, {
        headers: client.headers,
      }),
    );
    // Over the limit the pathway still opens, without naming any school.
    expect(response.status).toBe(200);
    const data = (await response.json()) as { roundCode?: string };
    return data.roundCode ? "found" : "not-found";
  },
  "pathway advice": pathwayWriting(advicePost, "/api/v1/advice", () => ({
    submissionId: randomUUID(),
    text: "Ask the trainer. They like questions.",
    locale: "en",
    consentToShare: false,
    source: "PATHWAY",
  })),
  "a reflection": pathwayWriting(reflectionsPost, "/api/v1/reflections", () => ({
    submissionId: randomUUID(),
    storySlug: "theo-new-class",
    locale: "en",
    text: "I also eat alone sometimes.",
  })),
  "pathway progress": pathwayWriting(progressPost, "/api/v1/pathway-progress", () => ({
    storiesRead: [],
    completedSteps: ["welcome"],
  })),
};

const names = Object.keys(routes);
const wrongCode = (i: number) => `ZZ${String(i).padStart(4, "2").replace(/[01]/g, "9")}`;

describe("guessing round codes", () => {
  it("counts wrong codes on every route together, then refuses even a right code everywhere", async () => {
    const guesser = newClient();
    for (let i = 0; i < LIMIT; i++) {
      const outcome = await routes[names[i % names.length]!]!(guesser, wrongCode(i));
      expect(outcome).not.toBe("found");
      expect(outcome).not.toBe("refused");
    }
    for (const name of names) {
      const outcome = await routes[name]!(guesser, code);
      if (name === "the pathway's ?from=") expect(outcome, name).not.toBe("found");
      else expect(outcome, name).toBe("refused");
    }
    // Nothing was stored for the refused writing.
    const db = await getDb();
    expect(await db.surveyResponse.count({ where: { round: { code } } })).toBe(0);
  });

  it("does not count right codes, nor another client's wrong ones", async () => {
    const student = newClient();
    for (let i = 0; i < LIMIT * 2; i++) {
      expect(await routes["the round's page"]!(student, code)).toBe("found");
      expect(await routes["the QR code"]!(student, code)).toBe("found");
    }
    const guesser = newClient();
    for (let i = 0; i <= LIMIT; i++) await routes["the QR code"]!(guesser, wrongCode(i));
    expect(await routes["the QR code"]!(guesser, code)).toBe("refused");
    expect(await routes["the poster"]!(student, code)).toBe("found");
    expect(await routes["the QR code"]!(student, wrongCode(1))).toBe("not-found");
    const data = await pathwayGet(
      new Request(`http://localhost/api/v1/pathway?locale=en&from=${code}`, {
        headers: student.headers,
      }),
    );
    expect(await data.text()).toContain(schoolName);
  });

  it("lets a year group open a known round's page without a write per student", async () => {
    const db = await getDb();
    const students = [newClient(), newClient(), newClient()];
    // The first view of the code looks it up through the guard; the server then knows it.
    expect(await routes["the round's page"]!(students[0]!, code)).toBe("found");
    const keys = students.map((s) => `${RATE_LIMITS.roundCodeMisses.name}:${s.key}`);
    await db.rateLimit.deleteMany({ where: { key: { in: keys } } });
    for (let i = 0; i < LIMIT; i++) {
      for (const student of students) {
        expect(await routes["the round's page"]!(student, code)).toBe("found");
      }
    }
    // No budget row was written for them (one shared school address would be one hot row).
    expect(await db.rateLimit.count({ where: { key: { in: keys } } })).toBe(0);
    // A guesser over the budget is still refused the known round.
    const guesser = newClient();
    for (let i = 0; i < LIMIT; i++) await routes["the round's page"]!(guesser, wrongCode(i));
    expect(await routes["the round's page"]!(guesser, code)).toBe("refused");
  });

  it("lets a class open the pathway of a known code without a write per student", async () => {
    const db = await getDb();
    const pathway = routes["the pathway's ?from="]!;
    const students = [newClient(), newClient(), newClient()];
    expect(await pathway(students[0]!, code)).toBe("found");
    const keys = students.map((s) => `${RATE_LIMITS.roundCodeMisses.name}:${s.key}`);
    await db.rateLimit.deleteMany({ where: { key: { in: keys } } });
    for (let i = 0; i < LIMIT; i++) {
      for (const student of students) expect(await pathway(student, code)).toBe("found");
    }
    expect(await db.rateLimit.count({ where: { key: { in: keys } } })).toBe(0);
    // A guesser over the budget gets the pathway without the known code's school.
    const guesser = newClient();
    for (let i = 0; i < LIMIT; i++) await pathway(guesser, wrongCode(i));
    expect(await pathway(guesser, code)).toBe("not-found");
  });

  it("holds against a burst of parallel guesses", async () => {
    const guesser = newClient();
    const outcomes = await Promise.all(
      Array.from({ length: LIMIT * 3 }, (_, i) => routes["the QR code"]!(guesser, wrongCode(i))),
    );
    expect(outcomes.filter((o) => o === "not-found").length).toBeLessThanOrEqual(LIMIT);
    expect(outcomes.filter((o) => o === "refused").length).toBeGreaterThanOrEqual(LIMIT * 2);
    expect(await routes["the round's page"]!(guesser, code)).toBe("refused");
  });

  it("lets the client try again after the window", async () => {
    const guesser = newClient();
    for (let i = 0; i <= LIMIT; i++) await routes["a submission"]!(guesser, wrongCode(i));
    expect(await routes["the round's page"]!(guesser, code)).toBe("refused");
    vi.setSystemTime(Date.now() + RATE_LIMITS.roundCodeMisses.windowSeconds * 1000);
    expect(await routes["the round's page"]!(guesser, code)).toBe("found");
  });
});
