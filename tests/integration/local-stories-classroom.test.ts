// A school's own stories beyond the coordinators: teachers a coordinator allows may write them,
// and a published one can be read in a classroom session of that school (and of no other).
import { beforeAll, describe, expect, it } from "vitest";
import { getSession, startSession } from "@/features/classroom/server";
import type { StaffContext } from "@/features/access/server";
import { resolveStaffAccess } from "@/features/access/server/resolve-staff-access";
import {
  reviewLocalStory,
  saveLocalStory,
  sessionStoryChoices,
  storiesOfSession,
  submitLocalStory,
} from "@/features/stories/server";
import { listStoryWriters, setStoryWriters } from "@/features/stories/server/local/story-writers";
import { getDb } from "@/lib/db";
import { createClassroomSchool } from "../support/classroom";
import { createInstitution, createSignedInStaff } from "../support/factories";
import { LOCAL_STORY_DA, LOCAL_STORY_EN, LOCAL_STORY_FACTS } from "../support/local-story";

type School = Awaited<ReturnType<typeof createClassroomSchool>>;

const story = (texts: object[]) => ({
  ...LOCAL_STORY_FACTS,
  tags: [...LOCAL_STORY_FACTS.tags],
  properNouns: [],
  sourceLocale: "en" as const,
  texts: texts as never,
});

let school: School;
let coordinator: StaffContext;
let admin: StaffContext;

/** The teacher's context as a request would resolve it: with what was given to them. */
async function teacherAsSignedIn(): Promise<StaffContext> {
  const access = await resolveStaffAccess(school.teacher.userId, school.institution.id);
  if (access.kind !== "member") throw new Error("the teacher should be a member");
  return access.context;
}

async function membershipOf(ctx: StaffContext): Promise<string> {
  const db = await getDb();
  const row = await db.membership.findFirstOrThrow({
    where: { userId: ctx.userId, institutionId: ctx.institutionId },
    select: { id: true },
  });
  return row.id;
}

beforeAll(async () => {
  school = await createClassroomSchool();
  coordinator = (await createSignedInStaff(school.institution.id, "COORDINATOR")).ctx;
  admin = (await createSignedInStaff(school.institution.id, "ADMIN")).ctx;
});

describe("teachers a coordinator allows", () => {
  it("write and submit stories once allowed, never review them, and stop when no longer allowed", async () => {
    const teacherMembership = await membershipOf(school.teacher);
    await expect(
      saveLocalStory(await teacherAsSignedIn(), story([LOCAL_STORY_EN])),
    ).rejects.toMatchObject({ code: "not_found" });

    expect(await setStoryWriters(coordinator, { allowed: [teacherMembership] })).toBe(1);
    expect(await listStoryWriters(coordinator)).toEqual([
      expect.objectContaining({ membershipId: teacherMembership, allowed: true }),
    ]);
    const teacher = await teacherAsSignedIn();
    const { id } = await saveLocalStory(teacher, story([LOCAL_STORY_EN]));
    await submitLocalStory(teacher, id);
    await expect(reviewLocalStory(teacher, { id, decision: "APPROVE" })).rejects.toMatchObject({
      code: "not_found",
    });
    await reviewLocalStory(coordinator, { id, decision: "APPROVE" });

    expect(await setStoryWriters(coordinator, { allowed: [] })).toBe(1);
    await expect(
      saveLocalStory(await teacherAsSignedIn(), story([LOCAL_STORY_EN])),
    ).rejects.toMatchObject({ code: "not_found" });

    const db = await getDb();
    const events = await db.auditEvent.findMany({
      where: { targetId: teacherMembership },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, institutionId: true },
    });
    expect(events).toEqual([
      {
        action: "story_writer_allowed",
        actorId: coordinator.userId,
        institutionId: school.institution.id,
      },
      {
        action: "story_writer_removed",
        actorId: coordinator.userId,
        institutionId: school.institution.id,
      },
    ]);
  });

  it("are chosen by coordinators and admins only, and only among this school's teachers", async () => {
    const other = await createClassroomSchool();
    const otherTeacher = await membershipOf(other.teacher);
    const ownCoordinator = await membershipOf(coordinator);
    await expect(setStoryWriters(school.teacher, { allowed: [] })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await setStoryWriters(admin, { allowed: [otherTeacher, ownCoordinator] })).toBe(0);
    const db = await getDb();
    const rows = await db.membership.findMany({
      where: { id: { in: [otherTeacher, ownCoordinator] } },
      select: { grants: true },
    });
    expect(rows.map((r) => r.grants)).toEqual([[], []]);
    await expect(setStoryWriters(admin, { allowed: "everyone" })).rejects.toMatchObject({
      code: "validation_failed",
    });
  });

  it("cannot be given anything but writing stories: the database refuses other grants", async () => {
    const db = await getDb();
    await expect(
      db.membership.update({
        where: { id: await membershipOf(school.teacher) },
        data: { grants: ["people:manage"] },
      }),
    ).rejects.toThrow();
  });
});

describe("a local story in the classroom", () => {
  let localSlug: string;

  beforeAll(async () => {
    const { id } = await saveLocalStory(coordinator, story([LOCAL_STORY_EN, LOCAL_STORY_DA]));
    await submitLocalStory(coordinator, id);
    await reviewLocalStory(admin, { id, decision: "APPROVE" });
    localSlug = `local-${id}`;
  });

  it("is offered in the teacher's picker beside the shipped stories, marked as the school's own", async () => {
    const choices = await sessionStoryChoices(school.institution.id, "en");
    expect(choices.filter((c) => c.local).map((c) => c.story.slug)).toContain(localSlug);
    expect(choices.filter((c) => !c.local).length).toBeGreaterThanOrEqual(12);
    const elsewhere = await sessionStoryChoices((await createInstitution()).id, "en");
    expect(elsewhere.some((c) => c.local)).toBe(false);
  });

  it("starts a session whose phones and projector read it, in each reader's language", async () => {
    const { id } = await startSession(school.teacher, {
      groupId: school.group.id,
      storySlugs: [localSlug, "amira-workshop"],
      locale: "en",
    });
    const view = await getSession(school.teacher, id);
    expect(view.storySlugs).toEqual([localSlug, "amira-workshop"]);
    const english = await storiesOfSession(school.institution.id, view.storySlugs, "en");
    expect(english.map((s) => s.title)).toEqual([LOCAL_STORY_EN.title, expect.any(String)]);
    const danish = await storiesOfSession(school.institution.id, view.storySlugs, "da");
    expect(danish[0]?.title).toBe(LOCAL_STORY_DA.title);
    // No French text: the class still reads it, in English.
    const french = await storiesOfSession(school.institution.id, view.storySlugs, "fr");
    expect(french[0]?.title).toBe(LOCAL_STORY_EN.title);
  });

  it("is refused to another school's session, and never read through another school", async () => {
    const other = await createClassroomSchool();
    await expect(
      startSession(other.teacher, {
        groupId: other.group.id,
        storySlugs: [localSlug],
        locale: "en",
      }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    expect(await storiesOfSession(other.institution.id, [localSlug], "en")).toEqual([]);
  });

  it("is refused while still a draft", async () => {
    const { id } = await saveLocalStory(coordinator, story([LOCAL_STORY_EN]));
    await expect(
      startSession(school.teacher, {
        groupId: school.group.id,
        storySlugs: [`local-${id}`],
        locale: "en",
      }),
    ).rejects.toMatchObject({ code: "validation_failed" });
  });
});
