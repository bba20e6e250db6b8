// A school's own stories: drafts, review by a second staff member, publishing to that school
// only, the checks that refuse publishing, translations marked outdated, and the audit trail.
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffContext } from "@/features/access/server";
import {
  getLocalStory,
  getPublishedLocalStory,
  listLocalStories,
  listPublishedLocalStories,
  reviewLocalStory,
  saveLocalStory,
  submitLocalStory,
} from "@/features/stories/server";
import { getDb } from "@/lib/db";
import { createInstitution, createStaff } from "../support/factories";
import { LOCAL_STORY_DA, LOCAL_STORY_EN, LOCAL_STORY_FACTS } from "../support/local-story";

let author: StaffContext;
let reviewer: StaffContext;
let teacher: StaffContext;
let otherSchool: StaffContext;

const story = (texts: object[] = [LOCAL_STORY_EN, LOCAL_STORY_DA]) => ({
  ...LOCAL_STORY_FACTS,
  tags: [...LOCAL_STORY_FACTS.tags],
  properNouns: [],
  sourceLocale: "en" as const,
  texts: texts as never,
});

async function ctxFor(institutionId: string, role: "ADMIN" | "COORDINATOR" | "TEACHER") {
  const user = await createStaff(institutionId, role);
  return { userId: user.id, institutionId, role };
}

beforeAll(async () => {
  const school = await createInstitution();
  const other = await createInstitution({ country: "NL" });
  author = await ctxFor(school.id, "COORDINATOR");
  reviewer = await ctxFor(school.id, "ADMIN");
  teacher = await ctxFor(school.id, "TEACHER");
  otherSchool = await ctxFor(other.id, "ADMIN");
});

async function publishedStory(): Promise<string> {
  const { id } = await saveLocalStory(author, story());
  await submitLocalStory(author, id);
  await reviewLocalStory(reviewer, { id, decision: "APPROVE" });
  return id;
}

describe("writing and reviewing a local story", () => {
  it("is published only after a colleague approves it, and the author cannot approve", async () => {
    const { id } = await saveLocalStory(author, story());
    expect((await getLocalStory(author, id)).status).toBe("DRAFT");
    await submitLocalStory(author, id);
    await expect(reviewLocalStory(author, { id, decision: "APPROVE" })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await listPublishedLocalStories(author.institutionId, "en")).not.toContainEqual(
      expect.objectContaining({ slug: `local-${id}` }),
    );
    await reviewLocalStory(reviewer, { id, decision: "COMMENT", comment: "Lovely, one typo." });
    await reviewLocalStory(reviewer, { id, decision: "APPROVE" });
    const detail = await getLocalStory(author, id);
    expect(detail.status).toBe("PUBLISHED");
    expect(detail.reviews.map((r) => r.decision)).toEqual(["COMMENT", "APPROVE"]);
    const db = await getDb();
    const actions = await db.auditEvent.findMany({
      where: { targetId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions).toEqual([
      { action: "local_story_created", actorId: author.userId },
      { action: "local_story_submitted", actorId: author.userId },
      { action: "local_story_commented", actorId: reviewer.userId },
      { action: "local_story_published", actorId: reviewer.userId },
    ]);
  });

  it("goes back to the author with a comment, who can change it and submit again", async () => {
    const { id } = await saveLocalStory(author, story());
    await submitLocalStory(author, id);
    await expect(reviewLocalStory(reviewer, { id, decision: "SEND_BACK" })).rejects.toMatchObject({
      code: "validation_failed",
    });
    await reviewLocalStory(reviewer, { id, decision: "SEND_BACK", comment: "Shorter, please." });
    expect((await getLocalStory(author, id)).status).toBe("SENT_BACK");
    await saveLocalStory(author, { ...story([LOCAL_STORY_EN]), id });
    await submitLocalStory(author, id);
    expect((await getLocalStory(reviewer, id)).status).toBe("IN_REVIEW");
  });

  it("cannot be changed while in review or once published", async () => {
    const id = await publishedStory();
    await expect(saveLocalStory(author, { ...story(), id })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("leaves teachers out: they neither write nor review", async () => {
    await expect(saveLocalStory(teacher, story())).rejects.toMatchObject({ code: "not_found" });
    await expect(listLocalStories(teacher, "en")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("what refuses publishing", () => {
  it("a story that misses an element or is not in the first person", async () => {
    const { id } = await saveLocalStory(author, story([{ ...LOCAL_STORY_EN, worry: "" }]));
    await expect(submitLocalStory(author, id)).rejects.toMatchObject({
      code: "validation_failed",
      options: { fields: [expect.objectContaining({ field: "en.missingElements" })] },
    });
  });

  it("a text with a safeguarding concern", async () => {
    const text = {
      ...LOCAL_STORY_EN,
      change: `${LOCAL_STORY_EN.change} Some nights I wanted to kill myself.`,
    };
    const { id } = await saveLocalStory(author, story([text]));
    const refusal = submitLocalStory(author, id);
    await expect(refusal).rejects.toMatchObject({ code: "validation_failed" });
    await refusal.catch((error: { options: { fields: Array<{ field: string }> } }) =>
      expect(error.options.fields.map((f) => f.field)).toContain("en.safeguarding"),
    );
  });

  it("a possible real name without consent, and accepts it once consent is recorded", async () => {
    const text = { ...LOCAL_STORY_EN, othersToo: `${LOCAL_STORY_EN.othersToo} I told Jonas.` };
    const { id } = await saveLocalStory(author, story([text]));
    await expect(submitLocalStory(author, id)).rejects.toMatchObject({
      options: { fields: [expect.objectContaining({ field: "en.names" })] },
    });
    await saveLocalStory(author, { ...story([text]), id, nameConsent: true });
    await submitLocalStory(author, id);
    expect((await getLocalStory(author, id)).status).toBe("IN_REVIEW");
  });
});

describe("translations", () => {
  it("are marked as needing an update when the source text changes, and block publishing", async () => {
    const { id } = await saveLocalStory(author, story());
    const changed = { ...LOCAL_STORY_EN, title: "The loudest workshop" };
    await saveLocalStory(author, { ...story([changed]), id });
    const detail = await getLocalStory(author, id);
    expect(detail.texts.find((t) => t.locale === "da")?.needsUpdate).toBe(true);
    expect(detail.texts.find((t) => t.locale === "en")?.needsUpdate).toBe(false);
    await expect(submitLocalStory(author, id)).rejects.toMatchObject({
      options: { fields: [expect.objectContaining({ field: "da.needsUpdate" })] },
    });
    await saveLocalStory(author, { ...story([LOCAL_STORY_DA]), id });
    expect((await getLocalStory(author, id)).texts.every((t) => !t.needsUpdate)).toBe(true);
  });
});

describe("tenancy and visibility", () => {
  it("shows a published story to its own school only, in the locales it has", async () => {
    const id = await publishedStory();
    const slug = `local-${id}`;
    const en = await listPublishedLocalStories(author.institutionId, "en");
    expect(en.find((s) => s.slug === slug)?.title).toBe(LOCAL_STORY_EN.title);
    const da = await listPublishedLocalStories(author.institutionId, "da");
    expect(da.find((s) => s.slug === slug)?.title).toBe(LOCAL_STORY_DA.title);
    expect(await listPublishedLocalStories(author.institutionId, "fr")).not.toContainEqual(
      expect.objectContaining({ slug }),
    );
    expect(await listPublishedLocalStories(otherSchool.institutionId, "en")).toEqual([]);
    expect(await getPublishedLocalStory(otherSchool.institutionId, id, "en")).toBeUndefined();
    const own = await getPublishedLocalStory(author.institutionId, id, "en");
    expect(own?.sections.map((s) => s.element)).toEqual([
      "transition",
      "worry",
      "others-too",
      "strategy",
      "change",
    ]);
  });

  it("keeps another school's staff out of every step", async () => {
    const { id } = await saveLocalStory(author, story());
    await expect(getLocalStory(otherSchool, id)).rejects.toMatchObject({ code: "not_found" });
    await expect(saveLocalStory(otherSchool, { ...story(), id })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(submitLocalStory(otherSchool, id)).rejects.toMatchObject({ code: "not_found" });
    await submitLocalStory(author, id);
    await expect(reviewLocalStory(otherSchool, { id, decision: "APPROVE" })).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await listLocalStories(otherSchool, "en")).map((s) => s.id)).not.toContain(id);
    expect((await getLocalStory(author, id)).status).toBe("IN_REVIEW");
  });

  it("does not publish a draft that was never reviewed", async () => {
    const { id } = await saveLocalStory(author, story());
    await expect(getPublishedLocalStory(author.institutionId, id, "en")).resolves.toBeUndefined();
    await expect(reviewLocalStory(reviewer, { id, decision: "APPROVE" })).rejects.toMatchObject({
      code: "conflict",
    });
  });
});
