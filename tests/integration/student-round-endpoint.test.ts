// GET /api/v1/rounds/{code}: what the round page, the same for every code, reads about its
// round: open with its survey and groups, upcoming, closed, or answered on this device.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/rounds/[code]/route";
import { POST as submit } from "@/app/api/v1/survey-responses/route";
import { jar } from "../support/cookie-jar";
import { createGroup, createInstitution, createRound } from "../support/factories";
import { jsonRequest } from "../support/requests";
import { body, HIGH_ANSWERS } from "../support/survey";

vi.mock("next/headers", () => import("../support/cookie-jar"));

const DAY = 24 * 60 * 60 * 1000;
let school: Awaited<ReturnType<typeof createInstitution>>;
let open: string;
let groupNames: string[];

beforeAll(async () => {
  school = await createInstitution();
  const groups = [await createGroup(school.id), await createGroup(school.id)];
  groupNames = groups.map((g) => g.name);
  open = (await createRound(school.id, { groupIds: groups.map((g) => g.id) })).code;
});

beforeEach(() => jar.clear());

let address = 0;
function read(code: string, query = "?locale=da") {
  address += 1;
  return GET(
    new Request(`http://localhost/api/v1/rounds/${code}${query}`, {
      headers: { "x-forwarded-for": `203.0.113.${address}` },
    }),
    { params: Promise.resolve({ code }) },
  );
}

async function json(response: Response) {
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  return (await response.json()) as Record<string, unknown>;
}

describe("GET /api/v1/rounds/{code}", () => {
  it("gives an open round's survey in the page's language, with the round's classes", async () => {
    const response = await read(open.toLowerCase());
    expect(response.status).toBe(200);
    const round = await json(response);
    expect(round).toMatchObject({ state: "open", code: open });
    const survey = round.survey as { title: string; questions: { text: string }[] };
    expect(survey.title).toBe("Hvordan går det her?");
    expect(survey.questions.length).toBeGreaterThan(3);
    // Only the student's view of the survey: no scoring, no other languages.
    expect(JSON.stringify(survey)).not.toMatch(/"(scoring|bands|sources)"/);
    expect((round.groups as { name: string }[]).map((g) => g.name).sort()).toEqual(
      [...groupNames].sort(),
    );
  });

  it("says a round is answered once this device has answered it", async () => {
    const sent = await submit(jsonRequest("/api/v1/survey-responses", body(open, HIGH_ANSWERS)));
    expect(sent.status).toBe(200);
    expect(await json(await read(open))).toMatchObject({ state: "answered", code: open });
    jar.clear();
    // Another phone still gets the survey.
    expect(await json(await read(open))).toMatchObject({ state: "open" });
  });

  it("says when an upcoming round opens, and that a closed one is closed", async () => {
    const opensAt = new Date(Date.now() + 2 * DAY);
    const later = await createRound(school.id, {
      opensAt,
      closesAt: new Date(Date.now() + 9 * DAY),
    });
    expect(await json(await read(later.code))).toEqual({
      state: "upcoming",
      title: "Hvordan går det her?",
      opensAt: opensAt.toISOString(),
      timeZone: "Europe/Copenhagen",
    });
    const past = await createRound(school.id, {
      opensAt: new Date(Date.now() - 9 * DAY),
      closesAt: new Date(Date.now() - DAY),
    });
    expect(await json(await read(past.code))).toEqual({
      state: "closed",
      title: "Hvordan går det her?",
    });
  });

  it("answers an unknown code with a 404 problem, and a missing or unknown language with a 422", async () => {
    const missing = await read("ZZZZ99");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
    expect(await missing.json()).toMatchObject({ code: "not_found" });
    for (const query of ["", "?locale=de", "?locale="]) {
      const refused = await read(open, query);
      expect(refused.status, query).toBe(422);
      expect(await refused.json(), query).toMatchObject({ code: "validation_failed" });
    }
  });
});
