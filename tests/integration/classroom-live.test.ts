// GET /api/v1/sessions/{code}/events: the room's state as server-sent events, fed by
// LISTEN/NOTIFY (PostgreSQL with DATABASE_URL, the embedded database's own otherwise).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as eventsRoute } from "@/app/api/v1/sessions/[code]/events/route";
import { POST as joinRoute } from "@/app/api/v1/sessions/[code]/join/route";
import { endSession, moveStep } from "@/features/classroom/server";
import { jar } from "../support/cookie-jar";
import { createClassroomSchool, readEvents, startTestSession } from "../support/classroom";
import { jsonRequest } from "../support/requests";

vi.mock("next/headers", () => import("../support/cookie-jar"));

const params = (code: string) => ({ params: Promise.resolve({ code }) });
const open = (code: string, lastEventId?: number) =>
  eventsRoute(
    new Request(`http://localhost/api/v1/sessions/${code}/events`, {
      headers: lastEventId === undefined ? {} : { "last-event-id": String(lastEventId) },
    }),
    params(code),
  );
type State = { version: number; step: number; joined: number; ended: boolean };
const states = (events: { data: unknown }[]) => events.map((e) => e.data as State);

beforeEach(() => jar.clear());

describe("live events of a classroom session", () => {
  it("sends the current state first, then every change, each with its version as id", async () => {
    const school = await createClassroomSchool();
    const { id, joinCode } = await startTestSession(school);
    const response = await open(joinCode);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reading = readEvents(response, (events) => states(events).some((s) => s.ended));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await moveStep(school.teacher, id, "next");
    await joinRoute(jsonRequest(`/api/v1/sessions/${joinCode}/join`, {}), params(joinCode));
    await endSession(school.teacher, id);
    const events = await reading;
    expect(
      events.every((e) => e.event === "state" && e.id === String((e.data as State).version)),
    ).toBe(true);
    expect(states(events).map((s) => [s.version, s.step, s.joined, s.ended])).toEqual([
      [0, 0, 0, false],
      [1, 1, 0, false],
      [2, 1, 1, false],
      [3, 1, 1, true],
    ]);
  });

  it("resumes after Last-Event-ID: nothing when up to date, the current state when behind", async () => {
    const school = await createClassroomSchool();
    const { id, joinCode } = await startTestSession(school);
    await moveStep(school.teacher, id, "next");
    await moveStep(school.teacher, id, "next");
    const behind = await readEvents(await open(joinCode, 1), (events) => events.length >= 1, 2_000);
    expect(states(behind).map((s) => [s.version, s.step])).toEqual([[2, 2]]);
    const current = readEvents(await open(joinCode, 2), (events) => events.length >= 1, 3_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await moveStep(school.teacher, id, "next");
    expect(states(await current).map((s) => [s.version, s.step])).toEqual([[3, 3]]);
  });

  it("answers an unknown code with a problem, not a stream", async () => {
    const response = await open("QQQQQQ");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });
});
