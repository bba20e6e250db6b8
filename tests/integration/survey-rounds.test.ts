// Creating and listing survey rounds inside one institution, and the round's QR code.
import { describe, expect, it } from "vitest";
import { GET as qrGet } from "@/app/api/v1/rounds/[code]/qr.svg/route";
import { createRound, listRounds } from "@/features/survey/server";
import { qrSvgDocument } from "@/lib/qr";
import { ROUND_CODE_ALPHABET } from "@/features/survey/domain/round-code";
import { getDb } from "@/lib/db";
import {
  createGroup,
  createInstitution,
  createRound as createRoundRow,
} from "../support/factories";
import { refusal } from "../support/survey";

const opensAt = new Date("2026-09-01T06:00:00Z");
const closesAt = new Date("2026-09-15T16:00:00Z");

async function school() {
  const institution = await createInstitution();
  const groups = [await createGroup(institution.id), await createGroup(institution.id)];
  return { id: institution.id, groupIds: groups.map((g) => g.id) };
}

describe("createRound", () => {
  it("creates a round for the institution's groups with an easy-to-type code", async () => {
    const { id, groupIds } = await school();
    const round = await createRound(id, {
      name: "  Start of year  ",
      kind: "BASELINE",
      groupIds: [...groupIds, groupIds[0]!],
      opensAt,
      closesAt,
    });
    expect(round).toMatchObject({
      name: "Start of year",
      kind: "BASELINE",
      surveyKey: "belonging-pulse",
      opensAt,
      closesAt,
      baselineId: null,
    });
    expect(round.code).toMatch(new RegExp(`^[${ROUND_CODE_ALPHABET}]{6}$`));
    expect(round.code).not.toMatch(/[01OI]/);
    const db = await getDb();
    const links = await db.surveyRoundGroup.findMany({ where: { roundId: round.id } });
    expect(links.map((l) => l.groupId).sort()).toEqual([...groupIds].sort());
  });

  it("accepts dates as ISO strings, as a form sends them", async () => {
    const { id, groupIds } = await school();
    const round = await createRound(id, {
      name: "Pulse",
      kind: "PULSE",
      groupIds,
      opensAt: "2026-10-01T08:00:00+02:00" as unknown as Date,
      closesAt: "2026-10-02" as unknown as Date,
    });
    expect(round.opensAt.toISOString()).toBe("2026-10-01T06:00:00.000Z");
  });

  it("refuses another institution's group like an unknown one, creating nothing", async () => {
    const mine = await school();
    const theirs = await school();
    const error = await refusal(
      createRound(mine.id, {
        name: "Sneaky",
        kind: "BASELINE",
        groupIds: [mine.groupIds[0]!, theirs.groupIds[0]!, "no-such-group"],
        opensAt,
        closesAt,
      }),
    );
    expect([error.status, error.code]).toEqual([422, "validation_failed"]);
    expect(error.options.fields?.map((f) => f.field)).toEqual(["groupIds.1", "groupIds.2"]);
    const db = await getDb();
    expect(await db.surveyRound.count({ where: { institutionId: mine.id } })).toBe(0);
  });

  it("refuses an archived group", async () => {
    const { id, groupIds } = await school();
    const db = await getDb();
    await db.group.update({ where: { id: groupIds[1] }, data: { archivedAt: new Date() } });
    const error = await refusal(
      createRound(id, { name: "R", kind: "PULSE", groupIds, opensAt, closesAt }),
    );
    expect(error.options.fields?.map((f) => f.field)).toEqual(["groupIds.1"]);
  });

  it("checks the input: name, groups, dates, survey and kind", async () => {
    const { id, groupIds } = await school();
    const bad = await refusal(
      createRound(id, {
        name: " ",
        kind: "BASELINE",
        groupIds: [],
        opensAt: closesAt,
        closesAt: opensAt,
      }),
    );
    expect(bad.options.fields?.map((f) => f.field).sort()).toEqual([
      "closesAt",
      "groupIds",
      "name",
    ]);
    const dates = await refusal(
      createRound(id, { name: "R", kind: "BASELINE", groupIds, opensAt: closesAt, closesAt }),
    );
    expect(dates.options.fields?.map((f) => f.field)).toEqual(["closesAt"]);
    const survey = await refusal(
      createRound(id, {
        name: "R",
        kind: "BASELINE",
        surveyKey: "no-such-survey",
        groupIds,
        opensAt,
        closesAt,
      }),
    );
    expect(survey.options.fields?.map((f) => f.field)).toEqual(["surveyKey"]);
    const kind = await refusal(
      createRound(id, {
        name: "R",
        kind: "WEEKLY" as "PULSE",
        groupIds,
        opensAt,
        closesAt,
      }),
    );
    expect(kind.options.fields?.map((f) => f.field)).toEqual(["kind"]);
  });

  it("links a follow-up to a baseline of the same institution only", async () => {
    const mine = await school();
    const theirs = await school();
    const input = { kind: "BASELINE" as const, opensAt, closesAt };
    const baseline = await createRound(mine.id, { ...input, name: "B", groupIds: mine.groupIds });
    const pulse = await createRound(mine.id, {
      ...input,
      kind: "PULSE",
      name: "P",
      groupIds: mine.groupIds,
    });
    const foreign = await createRound(theirs.id, {
      ...input,
      name: "F",
      groupIds: theirs.groupIds,
    });

    const followUp = await createRound(mine.id, {
      ...input,
      kind: "FOLLOW_UP",
      name: "After",
      groupIds: mine.groupIds,
      baselineRoundId: baseline.id,
    });
    expect(followUp.baselineId).toBe(baseline.id);

    for (const baselineRoundId of [foreign.id, pulse.id]) {
      const error = await refusal(
        createRound(mine.id, {
          ...input,
          kind: "FOLLOW_UP",
          name: "After",
          groupIds: mine.groupIds,
          baselineRoundId,
        }),
      );
      expect(error.options.fields?.map((f) => f.field)).toEqual(["baselineRoundId"]);
    }
    const notFollowUp = await refusal(
      createRound(mine.id, {
        ...input,
        name: "B2",
        groupIds: mine.groupIds,
        baselineRoundId: baseline.id,
      }),
    );
    expect(notFollowUp.options.fields?.map((f) => f.field)).toEqual(["baselineRoundId"]);
  });

  it("draws a new code when the first one is taken", async () => {
    const { id, groupIds } = await school();
    const taken = await createRoundRow(id, { code: "TAKEN2" });
    const codes = [taken.code, "FRESH3"];
    const round = await createRound(
      id,
      { name: "R", kind: "PULSE", groupIds, opensAt, closesAt },
      { newCode: () => codes.shift()! },
    );
    expect(round.code).toBe("FRESH3");
  });

  it("gives up after repeated clashes instead of looping", async () => {
    const { id, groupIds } = await school();
    await createRoundRow(id, { code: "SAME22" });
    await expect(
      createRound(
        id,
        { name: "R", kind: "PULSE", groupIds, opensAt, closesAt },
        { newCode: () => "SAME22" },
      ),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});

describe("listRounds", () => {
  it("lists only the institution's rounds with status, groups and response counts", async () => {
    const mine = await school();
    const other = await school();
    await createRoundRow(other.id);
    const now = new Date("2026-09-10T12:00:00Z");
    const input = { kind: "BASELINE" as const, groupIds: mine.groupIds };
    await createRound(mine.id, { ...input, name: "Open", opensAt, closesAt });
    await createRound(mine.id, {
      ...input,
      name: "Later",
      opensAt: new Date("2026-10-01"),
      closesAt: new Date("2026-10-02"),
    });
    await createRound(mine.id, {
      ...input,
      name: "Done",
      opensAt: new Date("2026-08-01"),
      closesAt: new Date("2026-08-02"),
    });
    const rounds = await listRounds(mine.id, now);
    expect(rounds.map((r) => [r.name, r.status, r.responses, r.groups.length])).toEqual([
      ["Later", "upcoming", 0, 2],
      ["Open", "open", 0, 2],
      ["Done", "closed", 0, 2],
    ]);
  });
});

describe("GET /api/v1/rounds/{code}/qr.svg", () => {
  const get = (code: string, query = "") =>
    qrGet(new Request(`http://school.example/api/v1/rounds/${code}/qr.svg${query}`), {
      params: Promise.resolve({ code }),
    });

  it("returns the QR code of the round's link in the asked language", async () => {
    const { id } = await school();
    const round = await createRoundRow(id);
    const response = await get(round.code.toLowerCase(), "?locale=fr");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await response.text();
    expect(svg).toMatch(/^<svg /);
    expect(svg).toBe(await qrSvgDocument(`http://school.example/fr/s/${round.code}`));
    // An unknown language falls back to English.
    expect(await (await get(round.code, "?locale=xx")).text()).toBe(
      await qrSvgDocument(`http://school.example/en/s/${round.code}`),
    );
  });

  it("answers 404 problem+json for an unknown code", async () => {
    const response = await get("NOSUCH");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: "not_found" });
  });
});
