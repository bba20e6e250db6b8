// The network's research export: only closed rounds of member schools, only groups with k
// responses, pseudonyms made for this export, a purpose that each school's audit log keeps,
// and a codebook that explains every column.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/http";
import { CODEBOOK, exportNetworkCsv } from "@/features/network/server";
import { GET } from "@/app/api/v1/network/export/route";
import { addResponses, closedWindow } from "../support/dashboard";
import {
  createGroup,
  createInstitution,
  createRound,
  createSignedInStaff,
} from "../support/factories";
import { fakeSession } from "../support/fake-session";
import { createLead, joinNetwork } from "../support/network";

vi.mock("@/features/access/server/session", () => import("../support/fake-session"));

const PURPOSE = "Pilot evaluation for the interim report";

beforeEach(() => {
  fakeSession.userId = undefined;
  fakeSession.institutionId = undefined;
});

describe("the network research export", () => {
  it("holds only closed rounds' groups of k or more, pseudonymised for this export", async () => {
    const lead = await createLead();
    const school = await createInstitution({ name: "Aarhus Tech", minGroupSize: 5 });
    const big = await createGroup(school.id, { expectedSize: 10 });
    const small = await createGroup(school.id, { expectedSize: 10 });
    const baseline = await createRound(school.id, {
      groupIds: [big.id, small.id],
      ...closedWindow(30),
    });
    const followUp = await createRound(school.id, { groupIds: [big.id], ...closedWindow(1) });
    const open = await createRound(school.id, { groupIds: [big.id] });
    const ids = await addResponses(school.id, baseline.id, big.id, [50, 60, 70, 80, 90, 55]);
    await addResponses(school.id, baseline.id, small.id, [40, 41, 42]);
    const db = await getDb();
    for (const participantId of ids.slice(0, 5)) {
      await db.surveyResponse.create({
        data: {
          roundId: followUp.id,
          participantId,
          groupId: big.id,
          submissionId: `f-${participantId}`,
          locale: "en",
          score: 75,
          band: "HIGH",
        },
      });
    }
    await addResponses(school.id, open.id, big.id, [60, 60, 60, 60, 60]);
    const { ctx: admin } = await createSignedInStaff(school.id, "ADMIN");
    await joinNetwork(lead, school, admin);
    // A school that never joined: none of its rows.
    const outside = await createInstitution({ name: "Outside" });
    const og = await createGroup(outside.id, { expectedSize: 10 });
    const or = await createRound(outside.id, { groupIds: [og.id], ...closedWindow(2) });
    await addResponses(outside.id, or.id, og.id, [50, 50, 50, 50, 50, 50]);

    const first = await exportNetworkCsv(lead, { purpose: PURPOSE });
    const [header, ...rows] = first.csv.trim().split("\n");
    expect(header).toBe(CODEBOOK.map(([c]) => c).join(","));
    // 6 baseline rows of the big group and its 5 follow-up rows; not the group of 3, not the
    // open round, not the school outside.
    expect(rows).toHaveLength(11);
    expect(first.csv).not.toContain("Outside");
    expect(rows.every((r) => /,\d{4}-\d{2}-\d{2},/.test(r))).toBe(true);
    const pseudonyms = rows.map((r) => r.split(",")[0]!);
    expect(new Set(pseudonyms).size).toBe(6); // a student's two answers share one pseudonym
    for (const id of ids) expect(first.csv).not.toContain(id);
    const second = await exportNetworkCsv(lead, { purpose: PURPOSE });
    expect(second.csv.split("\n")[1]!.split(",")[0]).not.toBe(pseudonyms[0]);

    const log = await db.auditEvent.findMany({
      where: { institutionId: school.id, action: "network_exported" },
      select: { actorId: true, details: true },
    });
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ actorId: lead.userId, details: { purpose: PURPOSE } });
    expect(
      await db.auditEvent.count({
        where: { institutionId: outside.id, action: "network_exported" },
      }),
    ).toBe(0);
  });

  it("needs a purpose, a lead, and explains every column in its codebook", async () => {
    const lead = await createLead("Consortium");
    const refusal = await exportNetworkCsv(lead, { purpose: " " }).catch((e: unknown) => e);
    expect(isAppError(refusal) && refusal.code).toBe("validation_failed");

    const url = `http://localhost/api/v1/network/export?network=${lead.networkId}`;
    expect((await GET(new Request(`${url}&purpose=${encodeURIComponent(PURPOSE)}`))).status).toBe(
      401,
    );
    fakeSession.userId = lead.userId;
    const codebook = await GET(new Request(`${url}&part=codebook`));
    expect(codebook.status).toBe(200);
    const text = await codebook.text();
    for (const [column] of CODEBOOK) expect(text).toContain(`| ${column} |`);
    const missing = await GET(new Request(url));
    expect(missing.status).toBe(422);
    expect(missing.headers.get("content-type")).toContain("problem+json");
    const csv = await GET(new Request(`${url}&purpose=${encodeURIComponent(PURPOSE)}`));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("cache-control")).toBe("no-store");

    // Someone who leads no network gets not found, not the data.
    const db = await getDb();
    const other = await db.user.create({ data: { email: "not-a-lead@network.test" } });
    fakeSession.userId = other.id;
    expect((await GET(new Request(`${url}&part=codebook`))).status).toBe(404);
  });
});
