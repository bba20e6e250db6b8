// The server log through every public endpoint, fed hostile text (long, markup, newlines,
// fake secrets) in bodies, paths, queries and headers: every line is one JSON object with the
// request's reqId, and none holds the text, the device cookie or the client's IP address.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as advicePost } from "@/app/api/v1/advice/route";
import { POST as forgetPost } from "@/app/api/v1/device/forget/route";
import { POST as progressPost } from "@/app/api/v1/pathway-progress/route";
import { POST as reflectionsPost } from "@/app/api/v1/reflections/route";
import { GET as qrGet } from "@/app/api/v1/rounds/[code]/qr.svg/route";
import { POST as sessionAdvicePost } from "@/app/api/v1/sessions/[code]/advice/route";
import { POST as joinPost } from "@/app/api/v1/sessions/[code]/join/route";
import { POST as surveyPost } from "@/app/api/v1/survey-responses/route";
import { GET as unknownGet, POST as unknownPost } from "@/app/api/v1/[...path]/route";
import { problemResponse } from "@/lib/http";
import { runWithRequestId, setErrorReporter, setLogDestination, type ErrorReport } from "@/lib/log";
import { logRequestError } from "@/lib/log/request-error";
import { PARTICIPANT_COOKIE } from "@/lib/participant";
import { jar } from "../support/cookie-jar";
import { createClassroomSchool, startTestSession } from "../support/classroom";
import { createGroup, createInstitution, createRound } from "../support/factories";
import { LOW_ANSWERS } from "../support/survey";

vi.mock("next/headers", () => import("../support/cookie-jar"));

const SECRET = "Zq7-student-secret";
const IP = "203.0.113.77";
/** Hostile texts, each carrying SECRET, so a line holding any part of one is found. */
const HOSTILE = [
  `${SECRET} I feel alone and want to hurt myself`,
  `<script>alert("${SECRET}")</script>\n{"level":"fatal","reqId":"forged"}\n`,
  `line one\nline two ${SECRET}\r\n\u2028${SECRET}`,
  `password=${SECRET}-hunter2 token=eyJ${SECRET} Authorization: Bearer ${SECRET}`,
  `${SECRET} `.repeat(1500),
];

const lines: string[] = [];
let roundCode: string;
let joinCode: string;

// Each route handler takes its own params type; this test hands each the params it expects.
type Handler = (request: Request, context: never) => Promise<Response>;

function request(path: string, body: unknown, method = "POST"): Request {
  return new Request(`http://localhost${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": IP,
      "x-real-ip": IP,
      "user-agent": `Mozilla ${SECRET}`,
      referer: `https://evil.example/?q=${SECRET}`,
      // A forged request id is not taken: it is not of the shape of one.
      "x-request-id": `${SECRET} {"forged":true}`,
      ...(jar.has(PARTICIPANT_COOKIE)
        ? { cookie: `${PARTICIPANT_COOKIE}=${jar.get(PARTICIPANT_COOKIE)}` }
        : {}),
    },
    body: method === "GET" ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

const context = (params: Record<string, string>) => ({ params: Promise.resolve(params) });

beforeAll(async () => {
  setLogDestination({ write: (line: string) => void lines.push(line) }, "trace");
  const institutionId = (await createInstitution()).id;
  const group = await createGroup(institutionId);
  roundCode = (await createRound(institutionId, { groupIds: [group.id] })).code;
  const school = await createClassroomSchool();
  joinCode = (await startTestSession(school)).joinCode;
});

afterAll(() => setLogDestination(undefined));

describe("the server log", () => {
  it("holds no student text, cookie or IP from any public endpoint, and a reqId on every line", async () => {
    for (const text of HOSTILE) {
      const writing = {
        submissionId: randomUUID(),
        text,
        locale: "en",
        consentToShare: true,
      };
      const calls: [Handler, string, unknown, Record<string, string>?, string?][] = [
        [
          surveyPost,
          "/api/v1/survey-responses",
          {
            roundCode,
            submissionId: randomUUID(),
            locale: "en",
            answers: { ...LOW_ANSWERS, open_support: text },
          },
        ],
        [
          surveyPost,
          "/api/v1/survey-responses",
          { roundCode: text, submissionId: text, locale: text, answers: { [text]: text } },
        ],
        [advicePost, "/api/v1/advice", { ...writing, source: "PATHWAY", roundCode }],
        [
          advicePost,
          "/api/v1/advice",
          { ...writing, submissionId: randomUUID(), source: text, roundCode: text },
        ],
        [
          reflectionsPost,
          "/api/v1/reflections",
          { submissionId: randomUUID(), storySlug: "theo-new-class", locale: "en", text },
        ],
        [
          reflectionsPost,
          "/api/v1/reflections",
          { submissionId: text, storySlug: text, locale: "en", text },
        ],
        [
          progressPost,
          "/api/v1/pathway-progress",
          { storiesRead: [text], completedSteps: [text], roundCode: text },
        ],
        [joinPost, `/api/v1/sessions/${joinCode}/join`, {}, { code: joinCode }],
        [
          joinPost,
          `/api/v1/sessions/${encodeURIComponent(text.slice(0, 200))}/join`,
          {},
          { code: text },
        ],
        [
          sessionAdvicePost,
          `/api/v1/sessions/${joinCode}/advice`,
          { ...writing, submissionId: randomUUID() },
          { code: joinCode },
        ],
        [
          sessionAdvicePost,
          `/api/v1/sessions/${joinCode}/advice`,
          `{"text":${JSON.stringify(text)},`,
          { code: joinCode },
        ],
        [
          qrGet,
          `/api/v1/rounds/${roundCode}/qr.svg?locale=${encodeURIComponent(text.slice(0, 200))}`,
          undefined,
          { code: roundCode },
          "GET",
        ],
        [
          unknownPost,
          `/api/v1/${encodeURIComponent(text.slice(0, 200))}?q=${encodeURIComponent(text.slice(0, 200))}`,
          { text },
          { path: text },
        ],
        [unknownGet, `/api/v1/nothing-here/${SECRET}`, undefined, { path: SECRET }, "GET"],
        [forgetPost, "/api/v1/device/forget", { confirm: text }],
        [forgetPost, "/api/v1/device/forget", { confirm: true }],
      ];
      for (const [handler, path, body, params, method] of calls) {
        const response = await handler(request(path, body, method), context(params ?? {}) as never);
        expect(response.status, path).toBeLessThan(500);
        expect(response.headers.get("x-request-id"), path).toMatch(/^[\w.:-]{8,64}$/);
      }
    }
    // Every request left at least its own line.
    expect(lines.length).toBeGreaterThanOrEqual(HOSTILE.length * 16);
    const cookies = [...new Set(lines.join("").match(/[\w-]{24}\.[\w-]{43}/g) ?? [])];
    expect(cookies).toEqual([]);
    for (const line of lines) {
      expect(line.endsWith("\n")).toBe(true);
      expect(line.slice(0, -1)).not.toContain("\n");
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(entry.reqId, line).toMatch(/^[\w.:-]{8,64}$/);
      expect(line).not.toContain(SECRET);
      expect(line).not.toContain(IP);
      expect(line).not.toContain("forged");
      expect(line).not.toContain(PARTICIPANT_COOKIE);
    }
    // The lines are useful: each names a method, a path without codes, and a status.
    const requests = lines.map((l) => JSON.parse(l)).filter((e) => e.msg === "request");
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.map((e) => e.path)).toContain("/api/v1/sessions/:id/join");
    expect(requests.every((e) => typeof e.status === "number" && typeof e.ms === "number")).toBe(
      true,
    );
  });

  it("scrubs an unexpected error's message to its first line, in a route and in onRequestError", async () => {
    lines.length = 0;
    const reports: ErrorReport[] = [];
    // Like Prisma's validation errors: the arguments, with the student's text, on later lines.
    const failure = () =>
      new Error(`Invalid \`prisma.advice.create()\` invocation:\n{ data: { text: "${SECRET}" } }`);
    runWithRequestId("req-route-0001", () => problemResponse(failure(), "/api/v1/advice"));
    logRequestError(
      failure(),
      {
        method: "POST",
        headers: { cookie: `${PARTICIPANT_COOKIE}=${SECRET}`, "x-forwarded-for": IP },
      },
      { routerKind: "App Router", routePath: "/[locale]/pathway", routeType: "render" },
    );
    expect(reports).toEqual([]);
    setErrorReporter({ report: (report) => void reports.push(report) });
    logRequestError(
      failure(),
      { method: "POST", headers: { "x-request-id": "req-page-0002" } },
      { routerKind: "App Router", routePath: "/[locale]/pathway", routeType: "action" },
    );
    setErrorReporter(undefined);
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).not.toContain(SECRET);
      expect(line).not.toContain(IP);
      const entry = JSON.parse(line);
      expect(entry.level).toBe("error");
      expect(entry.err.message).toBe("Invalid `prisma.advice.create()` invocation:");
      expect(entry.reqId).toMatch(/^[\w.:-]{8,64}$/);
    }
    expect(JSON.parse(lines[0]!).reqId).toBe("req-route-0001");
    expect(JSON.parse(lines[2]!).reqId).toBe("req-page-0002");
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ reqId: "req-page-0002", where: "action /[locale]/pathway" });
    expect(JSON.stringify(reports)).not.toContain(SECRET);
  });
});
