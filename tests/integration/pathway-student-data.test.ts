// What the prerendered pathway page reads about its student: the school of ?from= or of this
// device, that school's help and local stories, and whether the browser is a staff preview.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/pathway/route";
import { POST as nameSchool } from "@/app/api/v1/school/route";
import type { PathwayStudentData } from "@/features/pathway/server";
import { reviewLocalStory, saveLocalStory, submitLocalStory } from "@/features/stories/server";
import { startStudentPreview } from "@/lib/participant";
import { jar } from "../support/cookie-jar";
import { createInstitution, createRound, createStaff } from "../support/factories";
import { LOCAL_STORY_EN, LOCAL_STORY_FACTS } from "../support/local-story";
import { jsonRequest } from "../support/requests";

vi.mock("next/headers", () => import("../support/cookie-jar"));

let school: Awaited<ReturnType<typeof createInstitution>>;
let roundCode: string;
let localSlug: string;

beforeAll(async () => {
  school = await createInstitution({ country: "NL" });
  roundCode = (await createRound(school.id)).code;
  const ctx = async (role: "ADMIN" | "COORDINATOR") => ({
    userId: (await createStaff(school.id, role)).id,
    institutionId: school.id,
    role,
  });
  const [author, reviewer] = [await ctx("COORDINATOR"), await ctx("ADMIN")];
  const { id } = await saveLocalStory(author, {
    ...LOCAL_STORY_FACTS,
    tags: [...LOCAL_STORY_FACTS.tags],
    properNouns: [],
    sourceLocale: "en",
    texts: [LOCAL_STORY_EN] as never,
  });
  await submitLocalStory(author, id);
  await reviewLocalStory(reviewer, { id, decision: "APPROVE" });
  localSlug = `local-${id}`;
});

beforeEach(() => jar.clear());

const ask = (query: string, address = "198.51.100.20") =>
  GET(
    new Request(`http://localhost/api/v1/pathway?${query}`, {
      headers: { "x-forwarded-for": address },
    }),
  );

async function read(query: string): Promise<PathwayStudentData> {
  const response = await ask(query);
  expect(response.status).toBe(200);
  // The student's own school: no shared cache may keep it.
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  return (await response.json()) as PathwayStudentData;
}

describe("GET /api/v1/pathway", () => {
  it("names no school for a student who came with none, and offers their language's helplines", async () => {
    const data = await read("locale=da");
    expect(data.schoolKnown).toBe(false);
    expect(data.roundCode).toBeUndefined();
    expect(data.help.school).toBeUndefined();
    expect(data.help.countries.map((c) => c.country)).toEqual(["DK"]);
    expect(data.localStories).toEqual([]);
    expect(data.preview).toBe(false);
  });

  it("knows the school of the survey the student came from, with its help and its own stories", async () => {
    const data = await read(`locale=en&from=${roundCode.toLowerCase()}`);
    expect(data.schoolKnown).toBe(true);
    expect(data.roundCode).toBe(roundCode);
    expect(data.help.school?.name).toBe(school.name);
    // The school's country's lines, whatever language the student reads in.
    expect(data.help.countries.map((c) => c.country)).toEqual(["NL"]);
    expect(data.localStories.map((s) => s.slug)).toEqual([localSlug]);
    expect(data.localStories[0]?.sentences.length).toBeGreaterThan(0);
  });

  it("takes a wrong code for no school, and knows the school once the student names it", async () => {
    const wrong = await read("locale=en&from=ZZZZ99");
    expect(wrong.schoolKnown).toBe(false);
    expect(wrong.roundCode).toBeUndefined();
    const named = await nameSchool(jsonRequest("/api/v1/school", { code: roundCode }));
    expect(named.status).toBe(204);
    // The same address again: this device now remembers its school.
    const after = await read("locale=en&from=ZZZZ99");
    expect(after.schoolKnown).toBe(true);
    expect(after.help.school?.name).toBe(school.name);
    expect(after.localStories.map((s) => s.slug)).toEqual([localSlug]);
  });

  it("tells the page when a staff member is trying it as a student", async () => {
    await startStudentPreview(school.id);
    const data = await read("locale=fr");
    expect(data.preview).toBe(true);
    expect(data.help.school?.name).toBe(school.name);
  });

  it("refuses a missing or unknown language and an overlong code with a problem, reading nothing", async () => {
    for (const query of ["", "locale=de", "locale=en&from=" + "A".repeat(65), "locale=EN"]) {
      const response = await ask(query);
      expect(response.status, query).toBe(422);
      expect(response.headers.get("content-type"), query).toBe("application/problem+json");
      expect(await response.json(), query).toMatchObject({ code: "validation_failed" });
    }
  });
});
