// The downloads as a browser gets them: CSV for the Excel of the reader's language (; and a
// decimal comma in da/nl/nb/et/fr, , in English), UTF-8 with a byte-order mark, no formula from
// any text, and a UTF-8 file name in Content-Disposition (RFC 6266 filename*).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as resultsRoute } from "@/app/api/v1/staff/exports/results/route";
import { GET as responsesRoute } from "@/app/api/v1/staff/exports/responses/route";
import { getDb } from "@/lib/db";
import { addResponses, closedWindow } from "../support/dashboard";
import { fakeSession } from "../support/fake-session";
import {
  createGroup,
  createInstitution,
  createRound,
  createSignedInStaff,
} from "../support/factories";

vi.mock("@/features/access/server/session", () => import("../support/fake-session"));

const GROUP = "Élèves PB;=1+1";
let adminId: string;
let roundId: string;
let groupId: string;

beforeAll(async () => {
  const school = await createInstitution({ minGroupSize: 3 });
  adminId = (await createSignedInStaff(school.id, "ADMIN")).user.id;
  groupId = (await createGroup(school.id, { name: GROUP, programme: "Soins, santé" })).id;
  // Figures are published once a round has closed (docs/anonymity.md).
  const round = await createRound(school.id, { groupIds: [groupId], ...closedWindow() });
  roundId = round.id;
  const db = await getDb();
  await db.surveyRound.update({ where: { id: roundId }, data: { name: "Rentrée 2026" } });
  // Scores 60, 61, 62, 64: a mean of 61.75, shown as 61.8 (k = 3).
  await addResponses(school.id, roundId, groupId, [60, 61, 62, 64], () => ({ bu_fit_in: 6 }));
  fakeSession.userId = adminId;
});

function get(path: string, query: Record<string, string>, headers: Record<string, string> = {}) {
  const url = `http://localhost:3000/api/v1/staff/exports/${path}?${new URLSearchParams(query)}`;
  const request = new Request(url, { headers });
  return path === "results" ? resultsRoute(request) : responsesRoute(request);
}

/** The name a browser saves the file under, read from filename*. */
function savedName(response: Response): string {
  const header = response.headers.get("content-disposition") ?? "";
  expect(header).toMatch(/^attachment; filename="[\w.-]+"; filename\*=UTF-8''\S+$/);
  return decodeURIComponent(/filename\*=UTF-8''(\S+)$/.exec(header)![1]!);
}

/** The body after its UTF-8 byte-order mark, which every download must start with. */
async function csvText(response: Response): Promise<string> {
  const body = new Uint8Array(await response.arrayBuffer());
  expect([...body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder("utf-8", { fatal: true }).decode(body.slice(3));
}

describe("the results download", () => {
  it("is ; separated with decimal commas for a French staff page", async () => {
    const response = await get("results", { round: roundId, group: groupId, locale: "fr" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const csv = await csvText(response);
    const [header, ...rows] = csv.trimEnd().split("\r\n");
    expect(header).toMatch(/^Niveau;Nom;/);
    expect(rows.join("\n")).toContain("61,8");
    expect(rows.join("\n")).not.toContain("61.8");
    // The group's name stays one quoted cell, and its "=1+1" is text, not a formula.
    expect(csv).toContain(`"Élèves PB;'=1+1"`);
    expect(csv).not.toMatch(/(^|[;,])=/m);
    expect(savedName(response)).toBe(
      "belong-results-" + (await roundCode()) + "-Élèves-PB-1-1.csv",
    );
  });

  it("is , separated with decimal points in English", async () => {
    const response = await get("results", { round: roundId, group: groupId, locale: "en" });
    const csv = await csvText(response);
    expect(csv).toMatch(/^Level,Name,/);
    expect(csv).toContain("61.8");
    expect(csv).toContain(`"Élèves PB;'=1+1"`);
  });

  it("follows Accept-Language when the link names no locale", async () => {
    const danish = await get(
      "results",
      { round: roundId },
      { "accept-language": "da-DK,da;q=0.9" },
    );
    expect(await csvText(danish)).toMatch(/^[^\r\n,]+;/);
    const norwegian = await get(
      "results",
      { round: roundId },
      { "accept-language": "no,en;q=0.5" },
    );
    expect(await csvText(norwegian)).toMatch(/^[^\r\n,]+;/);
    const unknown = await get("results", { round: roundId }, { "accept-language": "ja" });
    expect(await csvText(unknown)).toMatch(/^Level,Name,/);
  });
});

describe("the responses download", () => {
  it("uses the page's locale too, with a UTF-8 name", async () => {
    const response = await get("responses", {
      round: roundId,
      locale: "nl",
      purpose: "Evaluation of the pilot, as agreed with the school board",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const csv = await csvText(response);
    expect(csv).toMatch(/^participant;round_code;round_name;/);
    expect(csv).toContain(";Rentrée 2026;");
    expect(csv).toContain(`;"Élèves PB;'=1+1";"Soins, santé";`);
    expect(savedName(response)).toBe(`belong-responses-${await roundCode()}.csv`);
  });
});

async function roundCode(): Promise<string> {
  const db = await getDb();
  return (await db.surveyRound.findUniqueOrThrow({ where: { id: roundId } })).code;
}
