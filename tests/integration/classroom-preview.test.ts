// "Try it as a student": with the signed preview cookie a staff member's browser walks through
// the session's phone and the pathway, and nothing reaches the database: no participant, no
// join, no advice, no reflection, no progress, no flag, no job. The answers are the ones a
// student would get (support shown for a worrying text), so the screens behave the same.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as adviceRoute } from "@/app/api/v1/advice/route";
import { POST as progressRoute } from "@/app/api/v1/pathway-progress/route";
import { POST as reflectionsRoute } from "@/app/api/v1/reflections/route";
import { POST as sessionAdviceRoute } from "@/app/api/v1/sessions/[code]/advice/route";
import { POST as joinRoute } from "@/app/api/v1/sessions/[code]/join/route";
import { POST as surveyRoute } from "@/app/api/v1/survey-responses/route";
import { getDb } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { PREVIEW_COOKIE } from "@/lib/participant";
import { signPreview } from "@/lib/participant/preview-cookie";
import { jar } from "../support/cookie-jar";
import { createClassroomSchool, startTestSession } from "../support/classroom";
import { createRound } from "../support/factories";
import { jsonRequest } from "../support/requests";
import { body as surveyBody, HIGH_ANSWERS } from "../support/survey";

vi.mock("next/headers", () => import("../support/cookie-jar"));

const WORRYING = "Some days I don't want to be here anymore.";
const params = (code: string) => ({ params: Promise.resolve({ code }) });

/** Everything a student's visit could leave behind, anywhere in the database. */
async function stored() {
  const db = await getDb();
  const [participants, joins, advice, reflections, progress, flags, jobs, responses] =
    await Promise.all([
      db.participant.count(),
      db.classroomJoin.count(),
      db.advice.count(),
      db.reflection.count(),
      db.pathwayProgress.count(),
      db.safeguardingFlag.count(),
      db.job.count(),
      db.surveyResponse.count(),
    ]);
  return { participants, joins, advice, reflections, progress, flags, jobs, responses };
}

function preview(institutionId: string, expiresAt = Date.now() + 60_000) {
  jar.set(PREVIEW_COOKIE, signPreview(authSecret(), institutionId, expiresAt));
}

beforeEach(() => jar.clear());

describe("trying the student screens as a staff member", () => {
  it("walks the session and the pathway with answers a student would get, storing nothing", async () => {
    const school = await createClassroomSchool();
    const { joinCode } = await startTestSession(school);
    const before = await stored();
    preview(school.institution.id);

    const joined = await joinRoute(
      jsonRequest(`/api/v1/sessions/${joinCode}/join`, {}),
      params(joinCode),
    );
    expect(joined.status).toBe(200);
    expect((await joined.json()).state).toMatchObject({ joined: 0, advice: 0 });

    const sessionAdvice = await sessionAdviceRoute(
      jsonRequest(`/api/v1/sessions/${joinCode}/advice`, {
        submissionId: randomUUID(),
        text: WORRYING,
        locale: "en",
        consentToShare: true,
      }),
      params(joinCode),
    );
    expect(sessionAdvice.status).toBe(200);
    expect(await sessionAdvice.json()).toMatchObject({ support: true });

    // The pathway: no school code needed, the preview is the teacher's school.
    const progress = await progressRoute(
      jsonRequest("/api/v1/pathway-progress", {
        storiesRead: ["amira-workshop"],
        completedSteps: ["welcome", "stories"],
      }),
    );
    expect(progress.status).toBeLessThan(300);
    const reflection = await reflectionsRoute(
      jsonRequest("/api/v1/reflections", {
        submissionId: randomUUID(),
        storySlug: "amira-workshop",
        locale: "en",
        text: WORRYING,
      }),
    );
    expect(reflection.status).toBe(200);
    expect(await reflection.json()).toMatchObject({ support: true });
    const advice = await adviceRoute(
      jsonRequest("/api/v1/advice", {
        submissionId: randomUUID(),
        text: "Ask the trainer when you are stuck: everyone does.",
        locale: "en",
        consentToShare: true,
        source: "PATHWAY",
      }),
    );
    expect(advice.status).toBe(200);
    expect(await advice.json()).toMatchObject({ support: false });

    // What would make the browser a participant (a survey answer) is refused outright.
    const round = await createRound(school.institution.id, { groupIds: [school.group.id] });
    const survey = await surveyRoute(
      jsonRequest("/api/v1/survey-responses", surveyBody(round.code, HIGH_ANSWERS)),
    );
    expect(survey.status).toBe(409);
    expect(await survey.json()).toMatchObject({ code: "preview_not_stored" });

    expect(await stored()).toEqual(before);
    expect(jar.has("belong_device")).toBe(false);
  });

  it("stops at the cookie's end, and a forged or another secret's cookie is no preview", async () => {
    const school = await createClassroomSchool();
    const { joinCode } = await startTestSession(school);
    const join = async () =>
      (await joinRoute(jsonRequest(`/api/v1/sessions/${joinCode}/join`, {}), params(joinCode)).then(
        (r) => r.json(),
      )) as { state: { joined: number } };

    preview(school.institution.id, Date.now() - 1);
    expect((await join()).state.joined).toBe(1);

    jar.clear();
    jar.set(
      PREVIEW_COOKIE,
      signPreview("x".repeat(40), school.institution.id, Date.now() + 60_000),
    );
    expect((await join()).state.joined).toBe(2);
  });
});
