// Networks: a school's consent (invite, accept, leave), the pooled report's suppression across
// schools, and that a network lead has no way into any school's own pages or APIs.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/http";
import {
  answerNetwork,
  getNetworkReport,
  inviteSchool,
  listSchoolNetworks,
  networkLeadContext,
} from "@/features/network/server";
import { PERMISSIONS } from "@/features/access";
import { requireStaff, staffContext } from "@/features/access/server";
import { GET as groupsGet } from "@/app/api/v1/staff/groups/route";
import { GET as resultsCsvGet } from "@/app/api/v1/staff/exports/results/route";
import { addResponse, closedWindow } from "../support/dashboard";
import { createLead, joinNetwork } from "../support/network";
import {
  createGroup,
  createInstitution,
  createRound,
  createSignedInStaff,
} from "../support/factories";
import { fakeSession } from "../support/fake-session";
import { refusalOf, thrownDigest } from "../support/staff-checks";

vi.mock("@/features/access/server/session", () => import("../support/fake-session"));

/**
 * A school with one group (expected 20), a baseline and a follow-up round: `scores` are the
 * baseline scores, each student answering the follow-up `lift` points higher (+ a spread).
 */
async function schoolWithResults(
  name: string,
  { k = 5, scores, lift = 5 }: { k?: number; scores: number[]; lift?: number },
) {
  const school = await createInstitution({ name, minGroupSize: k });
  const group = await createGroup(school.id, { expectedSize: 20 });
  const baseline = await createRound(school.id, {
    groupIds: [group.id],
    ...closedWindow(60),
  });
  const followUp = await createRound(school.id, {
    kind: "FOLLOW_UP",
    groupIds: [group.id],
    ...closedWindow(1),
  });
  const db = await getDb();
  await db.surveyRound.update({ where: { id: followUp.id }, data: { baselineId: baseline.id } });
  for (const [i, score] of scores.entries()) {
    const participantId = await addResponse(school.id, baseline.id, { groupId: group.id, score });
    const later = Math.min(100, score + lift + (i % 3) - 1);
    await addResponse(school.id, followUp.id, { groupId: group.id, participantId, score: later });
  }
  const { ctx: admin } = await createSignedInStaff(school.id, "ADMIN");
  return { school, admin };
}

beforeEach(() => {
  fakeSession.userId = undefined;
  fakeSession.institutionId = undefined;
});

describe("a school's consent", () => {
  it("joins only when its admin accepts, and its data leaves the report when it leaves", async () => {
    const lead = await createLead();
    const { school, admin } = await schoolWithResults("Roskilde", {
      scores: [40, 50, 60, 70, 80, 55, 65],
    });
    await inviteSchool(lead, school.schoolCode.toLowerCase());
    let page = await getNetworkReport(lead);
    expect(page.members.map((m) => [m.name, m.status])).toEqual([["Roskilde", "INVITED"]]);
    expect(page.report.schools).toEqual([]);

    const [invitation] = await listSchoolNetworks(admin);
    expect(invitation).toMatchObject({ networkName: "Pilot", status: "INVITED" });
    await answerNetwork(admin, invitation!.membershipId, "accept");
    page = await getNetworkReport(lead);
    expect(page.report.schools.map((s) => s.name)).toEqual(["Roskilde"]);
    const belonging = page.report.schools[0]!.belonging;
    expect(belonging.suppressed === false && belonging.n).toBe(7);

    await answerNetwork(admin, invitation!.membershipId, "leave");
    page = await getNetworkReport(lead);
    expect(page.members[0]!.status).toBe("LEFT");
    expect(page.report.schools).toEqual([]);
    expect(page.report.pooled.belonging.suppressed).toBe(true);
    expect(await listSchoolNetworks(admin)).toEqual([]);

    const db = await getDb();
    const log = await db.auditEvent.findMany({
      where: { institutionId: school.id, targetType: "network", targetId: lead.networkId },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(log).toEqual([
      { action: "network_invited", actorId: lead.userId },
      { action: "network_joined", actorId: admin.userId },
      { action: "network_left", actorId: admin.userId },
    ]);

    // Invited again after leaving: a new invitation, waiting for a new answer.
    await inviteSchool(lead, school.schoolCode);
    expect((await listSchoolNetworks(admin))[0]).toMatchObject({ status: "INVITED" });
    expect(await refusalOf(inviteSchool(lead, school.schoolCode))).toBe("conflict");
  });

  it("lets a school decline, and refuses codes that name no school", async () => {
    const lead = await createLead();
    const { school, admin } = await schoolWithResults("Tartu", { scores: [50, 60, 70, 80, 90] });
    await inviteSchool(lead, school.schoolCode);
    const [invitation] = await listSchoolNetworks(admin);
    await answerNetwork(admin, invitation!.membershipId, "leave");
    expect((await getNetworkReport(lead)).members[0]!.status).toBe("LEFT");
    const db = await getDb();
    expect(
      await db.auditEvent.count({
        where: { institutionId: school.id, action: "network_declined" },
      }),
    ).toBe(1);
    expect(await refusalOf(inviteSchool(lead, "ZZZZZZZZ"))).toBe("validation_failed");
  });

  it("takes the answer only from an admin of that school", async () => {
    const lead = await createLead();
    const { school, admin } = await schoolWithResults("Bergen", { scores: [50, 60, 70, 80, 90] });
    const other = await schoolWithResults("Utrecht", { scores: [50, 60, 70, 80, 90] });
    const { ctx: coordinator } = await createSignedInStaff(school.id, "COORDINATOR");
    await inviteSchool(lead, school.schoolCode);
    const [invitation] = await listSchoolNetworks(admin);
    expect(await refusalOf(answerNetwork(coordinator, invitation!.membershipId, "accept"))).toBe(
      "not_found",
    );
    expect(await refusalOf(answerNetwork(other.admin, invitation!.membershipId, "accept"))).toBe(
      "not_found",
    );
    expect((await getNetworkReport(lead)).members[0]!.status).toBe("INVITED");
  });

  it("shows a network only to its own leads", async () => {
    const lead = await createLead("Pilot A");
    const stranger = await createLead("Pilot B");
    expect((await networkLeadContext(lead.userId, undefined)).networkId).toBe(lead.networkId);
    expect(await refusalOf(networkLeadContext(stranger.userId, lead.networkId))).toBe("not_found");
    expect(await refusalOf(networkLeadContext(undefined, lead.networkId))).toBe("unauthorized");
  });
});

describe("suppression across schools", () => {
  it("applies each school's own k, lists small schools as such, and pools with the strictest k", async () => {
    const lead = await createLead();
    const big = await schoolWithResults("A big school", {
      scores: [40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 52],
    });
    const small = await schoolWithResults("B small school", { scores: [20, 25, 30] });
    const strict = await schoolWithResults("C strict school", {
      k: 10,
      scores: [30, 40, 50, 60, 70, 80, 90, 35],
    });
    for (const s of [big, small, strict]) await joinNetwork(lead, s.school, s.admin);

    const { report } = await getNetworkReport(lead);
    expect(report.schools.map((s) => s.name)).toEqual([
      "A big school",
      "B small school",
      "C strict school",
    ]);
    const [a, b, c] = report.schools;
    expect(a!.belonging.suppressed).toBe(false);
    expect(b!.belonging).toEqual({ suppressed: true, reason: "fewer-than-k", k: 5 });
    expect(b!.participation.suppressed).toBe(true);
    expect(b!.change).toMatchObject({ suppressed: true, k: 5 });
    expect(c!.belonging).toEqual({ suppressed: true, reason: "fewer-than-k", k: 10 });
    expect(report.k).toBe(10);
    // Only the shown school is pooled: the pooled figures are exactly its own, nothing of B or C.
    expect(report.pooled.schools).toBe(1);
    const pooled = report.pooled.belonging;
    const own = a!.belonging;
    if (pooled.suppressed || own.suppressed) throw new Error("expected shown figures");
    expect(pooled.n).toBe(12);
    expect(pooled.mean).toBeCloseTo(own.mean!, 9);
    const participation = report.pooled.participation;
    expect(participation.suppressed === false && participation.n).toBe(12);
    expect(participation.suppressed === false && participation.expected).toBe(20);
  });

  it("pools the change of shown schools with random effects", async () => {
    const lead = await createLead();
    const one = await schoolWithResults("One", { scores: [40, 45, 50, 55, 60, 65], lift: 2 });
    const two = await schoolWithResults("Two", { scores: [40, 45, 50, 55, 60, 65], lift: 10 });
    for (const s of [one, two]) await joinNetwork(lead, s.school, s.admin);
    const { report } = await getNetworkReport(lead);
    const change = report.pooled.change;
    if (!change || change.suppressed) throw new Error("expected a pooled change");
    expect(change.k).toBe(2);
    expect(change.n).toBe(12);
    // The schools' own changes are 2 and 10 points (the ±1 spread averages out over 6 students):
    // the pooled estimate lies between them, and the schools differ far beyond chance.
    expect(change.estimate).toBeGreaterThan(2);
    expect(change.estimate).toBeLessThan(10);
    expect(change.tau2).toBeGreaterThan(0);
    expect(change.heterogeneity).toBe("high");
  });
});

describe("a network lead in the staff area", () => {
  it("lands on the network report and finds no school page, API or action", async () => {
    const lead = await createLead();
    const { school, admin } = await schoolWithResults("Oslo", { scores: [50, 60, 70, 80, 90] });
    await joinNetwork(lead, school, admin);
    fakeSession.userId = lead.userId;
    // Even a forged active-school cookie for a member school changes nothing.
    fakeSession.institutionId = school.id;
    expect(await thrownDigest(() => requireStaff("da"))).toContain("/da/staff/network");
    for (const permission of PERMISSIONS) {
      expect(await thrownDigest(() => requireStaff("en", permission))).toContain(
        "NEXT_HTTP_ERROR_FALLBACK;404",
      );
      const refused = await staffContext(permission).catch((e: unknown) => e);
      expect(isAppError(refused) && refused.code).toBe("unauthorized");
    }
    const groups = await groupsGet(new Request("http://localhost/api/v1/staff/groups"));
    expect(groups.status).toBe(401);
    const csv = await resultsCsvGet(new Request("http://localhost/api/v1/staff/exports/results"));
    expect(csv.status).toBe(401);
  });

  it("keeps a lead who teaches at a school to that teacher's role there", async () => {
    const lead = await createLead();
    const { school, admin } = await schoolWithResults("Delft", { scores: [50, 60, 70, 80, 90] });
    await joinNetwork(lead, school, admin);
    const db = await getDb();
    await db.membership.create({
      data: { userId: lead.userId, institutionId: school.id, role: "TEACHER" },
    });
    fakeSession.userId = lead.userId;
    for (const permission of ["results:read", "settings:manage", "people:manage"] as const) {
      expect(await thrownDigest(() => requireStaff("en", permission))).toContain(
        "NEXT_HTTP_ERROR_FALLBACK;404",
      );
    }
    expect((await staffContext("classroom:run")).role).toBe("TEACHER");
  });
});

describe("open rounds", () => {
  it("shows no figure of a round until it has closed", async () => {
    const lead = await createLead();
    const { school, admin } = await schoolWithResults("Lyon", { scores: [40, 50, 60, 70, 80, 55] });
    await joinNetwork(lead, school, admin);
    const db = await getDb();
    // The follow-up is open again: one more answer between two readings would be that answer.
    await db.surveyRound.updateMany({
      where: { institutionId: school.id, kind: "FOLLOW_UP" },
      data: { closesAt: new Date(Date.now() + 60_000) },
    });
    let [lyon] = (await getNetworkReport(lead)).report.schools;
    expect(lyon!.followUpRound).toBeNull();
    expect(lyon!.change).toBeNull();
    await db.surveyRound.updateMany({
      where: { institutionId: school.id },
      data: { closesAt: new Date(Date.now() + 60_000) },
    });
    [lyon] = (await getNetworkReport(lead)).report.schools;
    expect(lyon!.baselineRound).toBeNull();
    expect(lyon!.belonging).toMatchObject({ suppressed: true });
  });
});
