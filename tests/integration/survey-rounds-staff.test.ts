// The coordinators' rounds page's server actions, as a browser's form post reaches them:
// create (audited, checked by createRound's schema, inside the caller's institution) and
// "close now".
import { beforeAll, describe, expect, it, vi } from "vitest";
import { closeRoundFromForm, createRoundFromForm } from "@/features/survey/actions/rounds";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import type { StaffContext } from "@/features/access/server";
import { createRound as createRoundFor } from "@/features/survey/server";
import { loadStaffRounds } from "@/features/survey/server/staff-rounds";
import { getDb } from "@/lib/db";
import {
  createGroup,
  createInstitution,
  createRound,
  createSignedInStaff,
} from "../support/factories";
import { fakeSession } from "../support/fake-session";

vi.mock("@/features/access/server/session", () => import("../support/fake-session"));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

type Fields = Record<string, string | string[]>;

/** Runs an action as someone; a redirect comes back as its target. */
async function submit(
  as: StaffContext | undefined,
  action: (prev: FormState, data: FormData) => Promise<FormState>,
  fields: Fields,
): Promise<FormState | { redirect: string }> {
  fakeSession.userId = as?.userId;
  fakeSession.institutionId = as?.institutionId;
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of [value].flat()) data.append(key, v);
  }
  try {
    return await action(IDLE, data);
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2]! };
  }
}

let institutionId: string;
let groupIds: string[];
let coordinator: StaffContext;
let admin: StaffContext;
let teacher: StaffContext;
let theirGroupId: string;
let theirRoundId: string;

beforeAll(async () => {
  // Denmark: times typed in the form are Copenhagen time.
  institutionId = (await createInstitution({ name: "Rounds School", country: "DK" })).id;
  groupIds = [(await createGroup(institutionId)).id, (await createGroup(institutionId)).id];
  coordinator = (await createSignedInStaff(institutionId, "COORDINATOR")).ctx;
  admin = (await createSignedInStaff(institutionId, "ADMIN")).ctx;
  teacher = (await createSignedInStaff(institutionId, "TEACHER")).ctx;
  const other = (await createInstitution({ name: "Other School" })).id;
  theirGroupId = (await createGroup(other)).id;
  theirRoundId = (await createRound(other, { groupIds: [theirGroupId] })).id;
});

const valid = (): Fields => ({
  name: "Start of year",
  surveyKey: "belonging-pulse",
  kind: "BASELINE",
  groupIds,
  opensAt: "2026-09-01T08:00",
  closesAt: "2026-09-15T16:00",
  baselineRoundId: "",
});

async function stored() {
  const db = await getDb();
  return {
    rounds: await db.surveyRound.count({ where: { institutionId } }),
    audit: await db.auditEvent.count({
      where: { institutionId, action: { startsWith: "round_" } },
    }),
  };
}

describe("creating a round from the staff page", () => {
  it("creates the round in the school's time zone, with its audit event, and goes back to the list", async () => {
    const before = await stored();
    expect(await submit(coordinator, createRoundFromForm, valid())).toEqual({
      redirect: "/en/staff/rounds?notice=created",
    });
    const db = await getDb();
    const round = await db.surveyRound.findFirstOrThrow({
      where: { institutionId, name: "Start of year" },
      include: { groups: true },
    });
    expect(round).toMatchObject({
      kind: "BASELINE",
      surveyKey: "belonging-pulse",
      opensAt: new Date("2026-09-01T06:00:00Z"),
      closesAt: new Date("2026-09-15T14:00:00Z"),
      baselineId: null,
    });
    expect(round.groups.map((g) => g.groupId).sort()).toEqual([...groupIds].sort());
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { institutionId, action: "round_created", targetId: round.id },
    });
    expect(audit).toMatchObject({ actorId: coordinator.userId, targetType: "round" });
    expect(audit.details).toMatchObject({ code: round.code, name: "Start of year" });
    expect(await stored()).toEqual({ rounds: before.rounds + 1, audit: before.audit + 1 });
  });

  it("lets an admin create a follow-up of the school's baseline", async () => {
    const db = await getDb();
    const baseline = await db.surveyRound.findFirstOrThrow({
      where: { institutionId, kind: "BASELINE" },
    });
    const result = await submit(admin, createRoundFromForm, {
      ...valid(),
      name: "End of year",
      kind: "FOLLOW_UP",
      baselineRoundId: baseline.id,
    });
    expect(result).toEqual({ redirect: "/en/staff/rounds?notice=created" });
    const followUp = await db.surveyRound.findFirstOrThrow({
      where: { institutionId, name: "End of year" },
    });
    expect(followUp.baselineId).toBe(baseline.id);
  });

  it("names each invalid field, keeps what was typed and stores nothing", async () => {
    const before = await stored();
    const fields = {
      ...valid(),
      name: " ",
      kind: "WEEKLY",
      groupIds: [],
      opensAt: "2026-09-15T16:00",
      closesAt: "not a time",
    };
    const state = (await submit(coordinator, createRoundFromForm, fields)) as FormState;
    expect(state.status).toBe("error");
    expect(Object.keys(state.errors).sort()).toEqual(["closesAt", "groupIds", "kind", "name"]);
    expect(state.values).toMatchObject({
      name: " ",
      kind: "WEEKLY",
      opensAt: "2026-09-15T16:00",
      closesAt: "not a time",
      groupIds: "",
    });

    const early = (await submit(coordinator, createRoundFromForm, {
      ...valid(),
      closesAt: "2026-09-01T07:59",
    })) as FormState;
    expect(Object.keys(early.errors)).toEqual(["closesAt"]);
    expect(early.values).toMatchObject({
      closesAt: "2026-09-01T07:59",
      groupIds: groupIds.join(","),
    });
    expect(await stored()).toEqual(before);
  });

  it("refuses another school's group and baseline round like unknown ones", async () => {
    const before = await stored();
    const state = (await submit(coordinator, createRoundFromForm, {
      ...valid(),
      kind: "FOLLOW_UP",
      groupIds: [groupIds[0]!, theirGroupId],
      baselineRoundId: theirRoundId,
    })) as FormState;
    expect(state).toMatchObject({ status: "error" });
    expect(Object.keys(state.errors).sort()).toEqual(["baselineRoundId", "groupIds"]);
    expect(state.values.groupIds).toBe(`${groupIds[0]},${theirGroupId}`);
    expect(await stored()).toEqual(before);
  });

  it("refuses a teacher and a signed-out visitor, storing nothing", async () => {
    const before = await stored();
    expect(await submit(teacher, createRoundFromForm, valid())).toMatchObject({
      formError: "notFound",
    });
    expect(await submit(undefined, createRoundFromForm, valid())).toMatchObject({
      formError: "signedOut",
    });
    await expect(loadStaffRounds(teacher, "en")).rejects.toMatchObject({ code: "not_found" });
    expect(await stored()).toEqual(before);
  });
});

describe("createRound from the command line", () => {
  it("records the round's audit event too, without an actor", async () => {
    const round = await createRoundFor(institutionId, {
      name: "From the shell",
      kind: "PULSE",
      groupIds,
      opensAt: new Date("2026-10-01T06:00:00Z"),
      closesAt: new Date("2026-10-02T06:00:00Z"),
    });
    const db = await getDb();
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { institutionId, action: "round_created", targetId: round.id },
    });
    expect(audit.actorId).toBeNull();
  });
});

describe("closing a round now", () => {
  it("closes an open round at once, audited, and refuses to close it twice", async () => {
    const open = await createRound(institutionId, { groupIds });
    const before = await stored();
    const started = Date.now();
    expect(await submit(coordinator, closeRoundFromForm, { roundId: open.id })).toEqual({
      redirect: "/en/staff/rounds?notice=closed",
    });
    const db = await getDb();
    const closed = await db.surveyRound.findUniqueOrThrow({ where: { id: open.id } });
    expect(closed.closesAt.getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(closed.closesAt.getTime()).toBeLessThanOrEqual(Date.now());
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { institutionId, action: "round_closed", targetId: open.id },
    });
    expect(audit.actorId).toBe(coordinator.userId);
    expect(audit.details).toEqual({ code: open.code, name: open.name });
    expect(await stored()).toEqual({ rounds: before.rounds, audit: before.audit + 1 });

    expect(await submit(coordinator, closeRoundFromForm, { roundId: open.id })).toMatchObject({
      formError: "notFound",
    });
    expect(await stored()).toEqual({ rounds: before.rounds, audit: before.audit + 1 });
  });

  it("refuses a round that has not opened, another school's round and a teacher", async () => {
    const day = 24 * 60 * 60 * 1000;
    const upcoming = await createRound(institutionId, {
      groupIds,
      opensAt: new Date(Date.now() + day),
      closesAt: new Date(Date.now() + 2 * day),
    });
    const open = await createRound(institutionId, { groupIds });
    const before = await stored();
    for (const [as, roundId] of [
      [coordinator, upcoming.id],
      [coordinator, theirRoundId],
      [teacher, open.id],
    ] as const) {
      expect(await submit(as, closeRoundFromForm, { roundId })).toMatchObject({
        status: "error",
        formError: "notFound",
      });
    }
    const db = await getDb();
    const rounds = await db.surveyRound.findMany({
      where: { id: { in: [upcoming.id, open.id, theirRoundId] } },
    });
    for (const round of rounds) expect(round.closesAt.getTime()).toBeGreaterThan(Date.now());
    expect(await stored()).toEqual(before);
  });
});

describe("the rounds page's data", () => {
  it("lists the school's rounds with the survey's title and offers only its active groups and baselines", async () => {
    const db = await getDb();
    const archived = await createGroup(institutionId, { name: "Archived group" });
    await db.group.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const data = await loadStaffRounds(coordinator, "en");
    expect(data.timeZone).toBe("Europe/Copenhagen");
    expect(data.groups.map((g) => g.id).sort()).toEqual([...groupIds].sort());
    expect(data.surveys.map((s) => s.key)).toContain("belonging-pulse");
    expect(data.rounds.length).toBe(await db.surveyRound.count({ where: { institutionId } }));
    expect(data.rounds.map((r) => r.id)).not.toContain(theirRoundId);
    expect(
      data.baselines.every((b) => data.rounds.find((r) => r.id === b.id)?.kind === "BASELINE"),
    ).toBe(true);
    expect(data.rounds[0]!.surveyTitle).not.toBe("belonging-pulse");
  });
});
