// The moderation queue (approve, reject, edit then approve, originals kept, audit written),
// approved advice for the advice wall, and the safeguarding queue that only moves forward.
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffContext } from "@/features/access/server";
import {
  approveAdvice,
  listApprovedAdvice,
  listModerationQueue,
  rejectAdvice,
} from "@/features/moderation/server";
import {
  advanceFlag,
  countNewFlags,
  listFlags,
  notifySafeguardingContact,
} from "@/features/safeguarding/server";
import { getDb } from "@/lib/db";
import { addAdvice, addFlag } from "../support/dashboard";
import { createInstitution, createStaff } from "../support/factories";
import { lastMailTo } from "../support/outbox";

let ctx: StaffContext;

beforeAll(async () => {
  const school = await createInstitution();
  const coordinator = await createStaff(school.id, "COORDINATOR");
  ctx = { userId: coordinator.id, institutionId: school.id, role: "COORDINATOR" };
});

describe("moderation", () => {
  it("lists pending, consented, unflagged advice, oldest first", async () => {
    const first = await addAdvice(ctx.institutionId, { text: "First: ask a classmate." });
    const second = await addAdvice(ctx.institutionId, { text: "Second: talk to your mentor." });
    await addAdvice(ctx.institutionId, { flagged: true });
    await addAdvice(ctx.institutionId, { consentToShare: false });
    await addAdvice(ctx.institutionId, { status: "APPROVED" });
    const queue = await listModerationQueue(ctx);
    expect(queue.total).toBe(2);
    expect(queue.advice.map((a) => a.id)).toEqual([first.id, second.id]);
    expect(Object.keys(queue.advice[0]!).sort()).toEqual([
      "id",
      "locale",
      "source",
      "text",
      "writtenOn",
    ]);
  });

  it("approves an edited text and keeps the student's original", async () => {
    const advice = await addAdvice(ctx.institutionId, {
      text: "Talk to Mrs Jensen in room B104, she helped me at Aalborg tech.",
    });
    const edited = "Talk to a teacher you trust, they helped me.";
    expect(await approveAdvice(ctx, { adviceId: advice.id, text: edited })).toEqual({
      edited: true,
    });
    const db = await getDb();
    const stored = await db.advice.findUniqueOrThrow({ where: { id: advice.id } });
    expect(stored).toMatchObject({
      status: "APPROVED",
      text: edited,
      originalText: "Talk to Mrs Jensen in room B104, she helped me at Aalborg tech.",
      moderatedById: ctx.userId,
    });
    expect(stored.moderatedAt).toBeInstanceOf(Date);
    const event = await db.auditEvent.findFirst({ where: { targetId: advice.id } });
    expect(event).toMatchObject({ action: "advice_edited_and_approved", actorId: ctx.userId });
    // The audit log does not copy what the student wrote.
    expect(JSON.stringify(event)).not.toContain("Jensen");
  });

  it("approves as written, rejects, and refuses a second decision", async () => {
    const good = await addAdvice(ctx.institutionId);
    const bad = await addAdvice(ctx.institutionId);
    expect(await approveAdvice(ctx, { adviceId: good.id })).toEqual({ edited: false });
    await rejectAdvice(ctx, { adviceId: bad.id });
    await expect(rejectAdvice(ctx, { adviceId: good.id })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(approveAdvice(ctx, { adviceId: bad.id })).rejects.toMatchObject({
      code: "conflict",
    });
    const db = await getDb();
    expect((await db.advice.findUniqueOrThrow({ where: { id: bad.id } })).status).toBe("REJECTED");
    expect(
      await db.auditEvent.count({ where: { action: "advice_rejected", targetId: bad.id } }),
    ).toBe(1);
  });

  it("never approves flagged advice or advice shared without consent", async () => {
    const flagged = await addAdvice(ctx.institutionId, { flagged: true });
    const private_ = await addAdvice(ctx.institutionId, { consentToShare: false });
    for (const id of [flagged.id, private_.id]) {
      await expect(approveAdvice(ctx, { adviceId: id })).rejects.toMatchObject({
        code: "not_found",
      });
    }
  });

  it("refuses an empty edit", async () => {
    const advice = await addAdvice(ctx.institutionId);
    await expect(approveAdvice(ctx, { adviceId: advice.id, text: "   " })).rejects.toThrow();
  });

  it("gives approved advice in the reader's language, without originals or dates", async () => {
    const other = await createInstitution();
    const mine = await addAdvice(ctx.institutionId, {
      text: "Join the break group.",
      locale: "da",
    });
    await approveAdvice(ctx, { adviceId: mine.id });
    const theirs = await addAdvice(other.id, {
      text: "Spørg om hjælp.",
      locale: "da",
      status: "APPROVED",
    });
    await addAdvice(ctx.institutionId, { locale: "da", status: "PENDING" });
    await addAdvice(ctx.institutionId, { locale: "da", status: "APPROVED", flagged: true });
    await addAdvice(ctx.institutionId, { locale: "da", status: "APPROVED", consentToShare: false });

    const wall = await listApprovedAdvice({
      institutionId: ctx.institutionId,
      locale: "da",
      limit: 10,
    });
    expect(wall).toEqual([{ id: mine.id, text: "Join the break group." }]);
    const everywhere = await listApprovedAdvice({ locale: "da" });
    expect(everywhere.map((a) => a.id).sort()).toEqual([mine.id, theirs.id].sort());
    expect(await listApprovedAdvice({ locale: "et" })).toEqual([]);
  });
});

describe("safeguarding", () => {
  it("counts new flags and lists them with the flagged text", async () => {
    const advice = await addAdvice(ctx.institutionId, { flagged: true, text: "I can't go on." });
    const flag = await addFlag(ctx.institutionId, { adviceId: advice.id });
    expect(await countNewFlags(ctx)).toBe(1);
    const [view] = await listFlags(ctx);
    expect(view).toMatchObject({
      id: flag.id,
      status: "NEW",
      text: "I can't go on.",
      handledBy: null,
    });
  });

  it("moves NEW -> ACKNOWLEDGED -> RESOLVED, with who and a note, and never back", async () => {
    const flag = await addFlag(ctx.institutionId);
    await advanceFlag(ctx, { flagId: flag.id, to: "ACKNOWLEDGED", note: "Told the class mentor." });
    await expect(advanceFlag(ctx, { flagId: flag.id, to: "ACKNOWLEDGED" })).rejects.toMatchObject({
      code: "conflict",
    });
    await advanceFlag(ctx, { flagId: flag.id, to: "RESOLVED", note: "Counsellor followed up." });
    await expect(advanceFlag(ctx, { flagId: flag.id, to: "ACKNOWLEDGED" })).rejects.toMatchObject({
      code: "conflict",
    });
    const db = await getDb();
    const stored = await db.safeguardingFlag.findUniqueOrThrow({ where: { id: flag.id } });
    expect(stored).toMatchObject({
      status: "RESOLVED",
      handledById: ctx.userId,
      note: "Told the class mentor.\n\nCounsellor followed up.",
    });
    const events = await db.auditEvent.findMany({
      where: { targetId: flag.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual([
      "safeguarding_flag_acknowledged",
      "safeguarding_flag_resolved",
    ]);
    expect(JSON.stringify(events)).not.toContain("Counsellor");
    const [view] = await listFlags(ctx, { status: "RESOLVED" });
    expect(view?.handledBy?.email).toMatch(/@school\.test$/);
  });

  it("needs a note to resolve, and can resolve a new flag directly", async () => {
    const flag = await addFlag(ctx.institutionId);
    await expect(
      advanceFlag(ctx, { flagId: flag.id, to: "RESOLVED", note: " " }),
    ).rejects.toThrow();
    await advanceFlag(ctx, { flagId: flag.id, to: "RESOLVED", note: "Spoke with the student." });
    await expect(
      advanceFlag(ctx, { flagId: flag.id, to: "RESOLVED", note: "again" }),
    ).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("the safeguarding contact", () => {
  it("is mailed about a new flag in the school's language, without the student's words", async () => {
    const db = await getDb();
    const email = `safeguarding-${Date.now()}@school.test`;
    const school = await db.institution.create({
      data: { name: "Lycée Pro", country: "FR", defaultLocale: "fr", safeguardingEmail: email },
    });
    const advice = await addAdvice(school.id, { flagged: true, text: "Je n'en peux plus." });
    const flag = await addFlag(school.id, { adviceId: advice.id, trigger: "advice: self-harm" });
    expect(await notifySafeguardingContact(flag.id)).toBe(true);
    const mail = lastMailTo(email);
    expect(mail?.subject).toBe("Un signalement à Lycée Pro demande votre attention");
    expect(mail?.text).toMatch(/https?:\/\/\S+\/fr\/staff\/safeguarding/);
    expect(mail?.text).not.toContain("Je n'en peux plus");
    // Only that a concern needs attention: not even its category leaves the system.
    expect(mail?.text).not.toContain("self-harm");
  });

  it("falls back to the school's admins and coordinators when it has no contact", async () => {
    const school = await createInstitution();
    const admin = await createStaff(school.id, "ADMIN");
    const coordinator = await createStaff(school.id, "COORDINATOR");
    const teacher = await createStaff(school.id, "TEACHER");
    const flag = await addFlag(school.id);
    expect(await notifySafeguardingContact(flag.id)).toBe(true);
    expect(lastMailTo(admin.email)?.text).toContain("/en/staff/safeguarding");
    expect(lastMailTo(coordinator.email)?.text).toContain("no safeguarding email");
    expect(lastMailTo(teacher.email)).toBeUndefined();
  });

  it("is not mailed when there is nobody to tell", async () => {
    const school = await createInstitution();
    const flag = await addFlag(school.id);
    expect(await notifySafeguardingContact(flag.id)).toBe(false);
    expect(await notifySafeguardingContact("no-such-flag")).toBe(false);
  });
});
