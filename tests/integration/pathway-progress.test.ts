import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/pathway-progress/route";
import { recordPathwayProgress } from "@/features/pathway/server";
import { getDb } from "@/lib/db";
import { jar } from "../support/cookie-jar";
import { createInstitution, createRound } from "../support/factories";
import { jsonRequest } from "../support/requests";

vi.mock("next/headers", () => import("../support/cookie-jar"));

const send = (body: unknown) => POST(jsonRequest("/api/v1/pathway-progress", body));
const today = () => new Date().toISOString().slice(0, 10);

async function participant(institutionId: string | null = null) {
  const db = await getDb();
  return db.participant.create({
    data: { id: `p_${Math.random().toString(36).slice(2)}`, institutionId },
  });
}

describe("pathway progress", () => {
  beforeEach(() => jar.clear());

  it("records the start, the stories and the milestones of this device, by the day", async () => {
    const round = await createRound((await createInstitution()).id);
    const first = await send({
      storiesRead: [],
      completedSteps: ["welcome"],
      roundCode: round.code,
    });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      startedOn: today(),
      completedOn: null,
      storiesRead: [],
      completedSteps: ["welcome"],
    });
    const later = await send({
      storiesRead: ["theo-new-class", "amira-workshop"],
      completedSteps: ["welcome", "stories", "advice", "consent"],
    });
    expect(await later.json()).toEqual({
      startedOn: today(),
      completedOn: today(),
      storiesRead: ["amira-workshop", "theo-new-class"],
      completedSteps: ["advice", "consent", "stories", "welcome"],
    });
    const db = await getDb();
    expect(await db.pathwayProgress.count()).toBe(1);
    // Day precision in the database itself: nothing finer could single a student out.
    const types = await db.$queryRaw<{ column_name: string; data_type: string }[]>`
      SELECT column_name, data_type FROM information_schema.columns
      WHERE table_name = 'pathway_progress' AND column_name IN ('started_at', 'completed_at')`;
    expect(types.map((t) => t.data_type)).toEqual(["date", "date"]);
  });

  it("never loses or undoes progress, whatever order snapshots arrive in", async () => {
    const { id } = await participant();
    await Promise.all([
      recordPathwayProgress(id, { storiesRead: ["a"], completedSteps: ["welcome"] }),
      recordPathwayProgress(id, { storiesRead: ["b"], completedSteps: ["welcome", "stories"] }),
      recordPathwayProgress(id, { storiesRead: ["a", "c"], completedSteps: [] }),
    ]);
    const stale = await recordPathwayProgress(id, { storiesRead: [], completedSteps: [] });
    expect(stale).toMatchObject({
      storiesRead: ["a", "b", "c"],
      completedSteps: ["stories", "welcome"],
    });
  });

  it("keeps the invitation the survey recorded and links the round's school", async () => {
    const school = await createInstitution();
    const round = await createRound(school.id);
    const response = await send({
      roundCode: round.code,
      storiesRead: [],
      completedSteps: ["welcome"],
    });
    expect(response.status).toBe(200);
    const db = await getDb();
    const row = await db.pathwayProgress.findFirstOrThrow({
      where: { participant: { institutionId: school.id } },
    });
    await db.pathwayProgress.update({
      where: { id: row.id },
      data: { invitedAt: new Date("2026-01-05") },
    });
    await send({ roundCode: round.code, storiesRead: ["theo-new-class"], completedSteps: [] });
    const after = await db.pathwayProgress.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.invitedAt?.toISOString().slice(0, 10)).toBe("2026-01-05");
    expect(after.storiesRead).toEqual(["theo-new-class"]);
  });

  it("refuses unknown stories and steps", async () => {
    const bad = await send({ storiesRead: ["nope"], completedSteps: ["hacked"] });
    expect(bad.status).toBe(422);
    const fields = (await bad.json()).errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(["storiesRead.0", "completedSteps.0"]);
    const db = await getDb();
    expect(await db.pathwayProgress.count({ where: { storiesRead: { has: "nope" } } })).toBe(0);
  });
});
