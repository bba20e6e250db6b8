// Exports honour the screens' suppression; the research export is ADMIN-only, pseudonymous per
// export, day-precise, safe to open in a spreadsheet; every export is in the audit log.
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffContext } from "@/features/access/server";
import { exportResponsesCsv, exportResultsCsv } from "@/features/dashboard/server";
import { getDb } from "@/lib/db";
import { addResponse, addResponses, closedWindow } from "../support/dashboard";
import { createGroup, createInstitution, createRound, createStaff } from "../support/factories";

const PURPOSE = "Belonging study 2026, shared with the university team";
let admin: StaffContext;
let coordinator: StaffContext;
let roundId: string;
let followUpId: string;
const names = { a: "Welders 2A", b: "Welders 2B", c: '=HYPERLINK("http://evil")' };

function parse(csv: string): string[][] {
  // The test data has no quoted line breaks: splitting lines, then cells, is enough here.
  return csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")
    .map((line) =>
      line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
        .slice(0, -1)
        .map((c) => c.replace(/,$/, "")),
    );
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

beforeAll(async () => {
  const school = await createInstitution({ minGroupSize: 5 });
  const a = await createStaff(school.id, "ADMIN");
  const c = await createStaff(school.id, "COORDINATOR");
  admin = { userId: a.id, institutionId: school.id, role: "ADMIN" };
  coordinator = { userId: c.id, institutionId: school.id, role: "COORDINATOR" };
  // A 4 (k - 1), B 9 and C 12 in one programme: A hidden, B hidden by complement.
  const ga = await createGroup(school.id, { name: names.a, programme: "Welding" });
  const gb = await createGroup(school.id, { name: names.b, programme: "Welding" });
  const gc = await createGroup(school.id, { name: names.c, programme: "Welding" });
  const round = await createRound(school.id, {
    ...closedWindow(),
    groupIds: [ga.id, gb.id, gc.id],
  });
  roundId = round.id;
  const answers = () => ({ bu_fit_in: 6, barriers: ["teachers"] });
  await addResponses(school.id, roundId, ga.id, [11, 12, 13, 14], answers);
  const participants = await addResponses(
    school.id,
    roundId,
    gb.id,
    [50, 51, 52, 53, 54, 55, 56, 57, 58],
    answers,
  );
  await addResponses(
    school.id,
    roundId,
    gc.id,
    Array.from({ length: 12 }, (_, i) => 70 + i),
    answers,
  );
  const followUp = await createRound(school.id, {
    ...closedWindow(),
    kind: "FOLLOW_UP",
    groupIds: [gb.id],
  });
  followUpId = followUp.id;
  const db = await getDb();
  await db.surveyRound.update({ where: { id: followUpId }, data: { baselineId: roundId } });
  // Five of B answer the follow-up too (k of them: a group under k is in no export).
  for (const [i, participantId] of participants.slice(0, 5).entries()) {
    await addResponse(school.id, followUpId, {
      groupId: gb.id,
      participantId,
      score: 60 + i,
      submittedOn: new Date("2026-03-04T00:00:00Z"),
    });
  }
});

describe("exportResultsCsv", () => {
  it("writes no number for a group of k - 1, nor for its complement", async () => {
    const { csv, fileName } = await exportResultsCsv(coordinator, { roundId }, "en");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(fileName).toMatch(/^belong-results-[A-Z0-9]+-Round-[a-f0-9]+\.csv$/);
    const rows = parse(csv);
    const header = rows[0]!;
    expect(header.slice(0, 4)).toEqual(["Level", "Name", "Programme", "Responses"]);
    const row = (name: string) =>
      rows.find((r) => r[1] === name || r[1] === `"'${name.replaceAll('"', '""')}"`);
    const hidden = {
      [names.a]: "fewer than 5 responses",
      [names.b]: "hidden to protect a smaller group",
    };
    for (const name of [names.a, names.b]) {
      const cells = row(name)!.slice(3);
      expect(cells.length).toBeGreaterThan(10);
      expect(cells.every((cell) => cell === hidden[name])).toBe(true);
    }
    // The round (25) and group C (12) are shown; C's mean is 75.5.
    expect(rows[1]!.slice(3, 4)).toEqual(["25"]);
    const c = row(names.c)!;
    expect(c[3]).toBe("12");
    expect(c[header.indexOf("Belonging score: mean (0-100)")]).toBe("75.5");
    // Nothing in the file adds up to A's 4 responses or its scores 11-14.
    expect(csv).not.toMatch(/,4,|,12\.5,/);
  });

  it("neutralises a group name that a spreadsheet would run as a formula", async () => {
    const { csv } = await exportResultsCsv(coordinator, { roundId }, "en");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("is localised and written to the audit log", async () => {
    const { csv } = await exportResultsCsv(coordinator, { roundId, programme: "Welding" }, "fr");
    expect(csv).toContain("moins de 5 réponses");
    const db = await getDb();
    const events = await db.auditEvent.findMany({
      where: { action: "results_exported", targetId: roundId },
    });
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events[0]?.actorId).toBe(coordinator.userId);
  });
});

describe("exportResponsesCsv", () => {
  it("is for admins only", async () => {
    await expect(
      exportResponsesCsv(coordinator, { roundId, purpose: PURPOSE }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("re-keys participants per export, keeps pairs linked and dates to the week", async () => {
    const first = await exportResponsesCsv(admin, { roundId: followUpId, purpose: PURPOSE });
    const csv = await text(first.stream);
    expect(first.rows).toBe(26);
    const rows = parse(csv);
    const header = rows[0]!;
    expect(header.slice(0, 3)).toEqual(["participant", "round_code", "round_name"]);
    expect(header).toContain("barriers.teachers");
    expect(header).not.toContain("open_support");
    const data = rows.slice(1);
    expect(data).toHaveLength(26);
    const pseudonyms = data.map((r) => r[0]!);
    // Group A (4, under k) is left out: B 9 + C 12 at baseline, B 5 at follow-up. The five
    // paired students appear twice (baseline and follow-up) under one pseudonym each.
    expect(new Set(pseudonyms).size).toBe(21);
    const groupColumn = header.indexOf("group");
    expect(data.some((r) => r[groupColumn] === names.a)).toBe(false);
    const db = await getDb();
    const realIds = (await db.participant.findMany({ select: { id: true } })).map((p) => p.id);
    for (const id of realIds) expect(csv).not.toContain(id);
    const day = data.map((r) => r[header.indexOf("submitted_on")]!);
    expect(day.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    // Wednesday 4 March 2026 is written as the Monday of its week.
    expect(day).toContain("2026-03-02");
    expect(day).not.toContain("2026-03-04");

    const second = parse(
      await text(
        (await exportResponsesCsv(admin, { roundId: followUpId, purpose: PURPOSE })).stream,
      ),
    );
    const again = new Set(second.slice(1).map((r) => r[0]!));
    expect([...again].some((p) => pseudonyms.includes(p))).toBe(false);

    const events = await db.auditEvent.findMany({ where: { action: "responses_exported" } });
    expect(events).toHaveLength(2);
    expect(events[0]?.details).toMatchObject({ rows: 26, purpose: PURPOSE });
  });
});
