// A flag reaches a person: every flag (pathway advice, reflection) enqueues a mail to the
// school's safeguarding contact in its own transaction; the mail carries a link, never the
// student's words; a mail server that is down means retries and, once it is back, exactly
// one mail; mail that keeps failing is shown on the safeguarding page; an unacknowledged
// flag reminds once per the school's reminder time, until someone acknowledges it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as postAdvice } from "@/app/api/v1/advice/route";
import { POST as postReflection } from "@/app/api/v1/reflections/route";
import { advanceFlag, safeguardingMailFailure } from "@/features/safeguarding/server";
import type { StaffContext } from "@/features/access/server";
import { settingsSchema } from "@/features/staff/schemas";
import { getSettings } from "@/features/staff/server/settings/get-settings";
import { updateSettings } from "@/features/staff/server/settings/update-settings";
import { getDb } from "@/lib/db";
import { runDueJobs } from "@/lib/jobs";
import { jobHandlers } from "@/jobs";
import { createInstitution, createRound, createStaff } from "../support/factories";
import { startFakeSmtp } from "../support/fake-smtp";
import { outboxMails } from "../support/outbox";
import { jsonRequest } from "../support/requests";

vi.mock("next/headers", () => import("../support/cookie-jar"));

const HOUR = 3_600_000;
const WORRYING = "Honestly I want to kill myself, nobody would notice.";

async function schoolWithContact(data: { defaultLocale?: string; reminderHours?: number } = {}) {
  const db = await getDb();
  const school = await createInstitution();
  const contact = `safeguarding-${randomUUID()}@school.test`;
  await db.institution.update({
    where: { id: school.id },
    data: {
      safeguardingEmail: contact,
      defaultLocale: data.defaultLocale ?? "en",
      safeguardingReminderHours: data.reminderHours ?? 24,
    },
  });
  const round = await createRound(school.id);
  const coordinator = await createStaff(school.id, "COORDINATOR");
  const ctx: StaffContext = {
    userId: coordinator.id,
    institutionId: school.id,
    role: "COORDINATOR",
  };
  return { school, contact, round, ctx };
}

async function runJobs(now = new Date(), handlers = jobHandlers) {
  return runDueJobs(await getDb(), { handlers, workerId: "test", now: () => now });
}

function writeAdvice(roundCode: string, text = WORRYING) {
  return postAdvice(
    jsonRequest("/api/v1/advice", {
      submissionId: randomUUID(),
      text,
      locale: "en",
      consentToShare: true,
      source: "PATHWAY",
      roundCode,
    }),
  );
}

describe("a new flag", () => {
  it("from pathway advice mails the contact a link, never the student's words", async () => {
    const { contact, round } = await schoolWithContact({ defaultLocale: "nb" });
    expect((await writeAdvice(round.code)).status).toBe(201);
    // The job was stored with the flag; the mail goes when a runner runs it.
    expect(outboxMails(contact)).toHaveLength(0);
    await runJobs();
    const mails = outboxMails(contact);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("bekymringsmelding");
    expect(mails[0]!.text).toMatch(/https?:\/\/\S+\/nb\/staff\/safeguarding(\s|$)/);
    expect(mails[0]!.text).not.toContain("kill myself");
    expect(mails[0]!.text).not.toContain("self-harm");
    // Running again sends nothing more.
    await runJobs();
    expect(outboxMails(contact)).toHaveLength(1);
  });

  it("from a reflection mails the contact too", async () => {
    const { contact, round } = await schoolWithContact();
    const response = await postReflection(
      jsonRequest("/api/v1/reflections", {
        submissionId: randomUUID(),
        storySlug: "theo-new-class",
        locale: "en",
        text: WORRYING,
        roundCode: round.code,
      }),
    );
    expect(response.status).toBe(201);
    await runJobs();
    const [mail] = outboxMails(contact);
    expect(mail?.text).toContain("/en/staff/safeguarding");
    expect(mail?.text).not.toContain("kill myself");
  });

  it("is not mailed about when the text is not worrying", async () => {
    const { contact, round } = await schoolWithContact();
    await writeAdvice(round.code, "Ask the teacher when you are lost. Everyone does.");
    await runJobs();
    expect(outboxMails(contact)).toHaveLength(0);
  });
});

describe("with the mail server down", () => {
  let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
  let handlers: typeof jobHandlers;

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    // The environment is read once per module instance: load the job handlers afresh with SMTP.
    vi.stubEnv("SMTP_URL", smtp.url);
    vi.resetModules();
    ({ jobHandlers: handlers } = await import("@/jobs"));
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await smtp.close();
  });

  it("retries with growing pauses, shows the failure, and delivers once when it is back", async () => {
    const { contact, round, ctx } = await schoolWithContact();
    const to = () => smtp.mails.filter((m) => m.to.includes(contact));
    smtp.refusing = true;
    expect((await writeAdvice(round.code)).status).toBe(201);
    const t0 = new Date();

    await runJobs(t0, handlers);
    expect(to()).toHaveLength(0);
    expect(await safeguardingMailFailure(ctx)).toBeNull(); // one failure is not yet "keeps failing"
    await runJobs(new Date(t0.getTime() + 10_000), handlers); // before the retry is due
    await runJobs(new Date(t0.getTime() + 31_000), handlers);
    const failure = await safeguardingMailFailure(ctx);
    expect(failure?.reason).toMatch(/421|not available/i);

    smtp.refusing = false;
    // The next retry waits longer (a minute after the second try).
    await runJobs(new Date(t0.getTime() + 60_000), handlers);
    expect(to()).toHaveLength(0);
    await runJobs(new Date(t0.getTime() + 92_000), handlers);
    expect(to()).toHaveLength(1);
    expect(to()[0]!.data).toContain("/en/staff/safeguarding");
    expect(to()[0]!.data).not.toContain("kill myself");
    await runJobs(new Date(t0.getTime() + 10 * 60_000), handlers);
    expect(to()).toHaveLength(1);
    expect(await safeguardingMailFailure(ctx)).toBeNull();
  });
});

describe("mail that was given up", () => {
  it("is shown until a later mail goes out, and only to its own school", async () => {
    const db = await getDb();
    const { ctx } = await schoolWithContact();
    const other = await schoolWithContact();
    const job = (status: "FAILED" | "DONE", finishedAt: Date) =>
      db.job.create({
        data: {
          kind: "safeguarding.notify",
          payload: { flagId: "gone" },
          institutionId: ctx.institutionId,
          status,
          attempts: 10,
          lastError: status === "FAILED" ? "Invalid login: 535 authentication failed" : null,
          finishedAt,
        },
      });
    await job("FAILED", new Date());
    expect((await safeguardingMailFailure(ctx))?.reason).toContain("535");
    expect(await safeguardingMailFailure(other.ctx)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await job("DONE", new Date());
    expect(await safeguardingMailFailure(ctx)).toBeNull();
  });
});

describe("an unacknowledged flag", () => {
  it("reminds once per the school's reminder time, and stops once acknowledged", async () => {
    const { contact, round, ctx } = await schoolWithContact({ reminderHours: 6 });
    expect((await writeAdvice(round.code)).status).toBe(201);
    const t0 = new Date();
    const after = (hours: number) => new Date(t0.getTime() + hours * HOUR + 60_000);
    await runJobs(t0);
    expect(outboxMails(contact)).toHaveLength(1);

    await runJobs(after(5));
    expect(outboxMails(contact)).toHaveLength(1);
    await runJobs(after(6));
    const reminders = () => outboxMails(contact).filter((m) => /reminder/i.test(m.subject));
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]!.text).toContain("6 hours");
    expect(reminders()[0]!.text).toContain("/en/staff/safeguarding");
    await runJobs(after(7));
    await runJobs(after(11));
    expect(reminders()).toHaveLength(1);
    await runJobs(after(12.1));
    expect(reminders()).toHaveLength(2);

    const db = await getDb();
    const flag = await db.safeguardingFlag.findFirstOrThrow({
      where: { institutionId: ctx.institutionId },
    });
    await advanceFlag(ctx, { flagId: flag.id, to: "ACKNOWLEDGED" });
    await runJobs(after(18.2));
    await runJobs(after(48));
    expect(reminders()).toHaveLength(2);
    expect(
      await db.job.count({ where: { institutionId: ctx.institutionId, status: "PENDING" } }),
    ).toBe(0);
  });
});

describe("the reminder time", () => {
  it("is a whole number of hours from 1 to 168, set by an admin, and used for new flags", async () => {
    const { school, round } = await schoolWithContact();
    const admin = await createStaff(school.id, "ADMIN");
    const ctx: StaffContext = { userId: admin.id, institutionId: school.id, role: "ADMIN" };
    const current = await getSettings(ctx);
    expect(current.safeguardingReminderHours).toBe(24);
    const base = { ...current, safeguardingEmail: current.safeguardingEmail ?? "" };
    for (const bad of ["0", "169", "1.5", "abc", ""]) {
      const parsed = settingsSchema.safeParse({ ...base, safeguardingReminderHours: bad });
      expect(parsed.success, bad).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("reminderHoursRange");
    }
    const parsed = settingsSchema.parse({ ...base, safeguardingReminderHours: "12" });
    await updateSettings(ctx, parsed);
    expect((await getSettings(ctx)).safeguardingReminderHours).toBe(12);

    const before = Date.now();
    expect((await writeAdvice(round.code)).status).toBe(201);
    const db = await getDb();
    const reminder = await db.job.findFirstOrThrow({
      where: { institutionId: school.id, kind: "safeguarding.remind", status: "PENDING" },
    });
    const hours = (reminder.runAt.getTime() - before) / HOUR;
    expect(hours).toBeGreaterThanOrEqual(12);
    expect(hours).toBeLessThan(12.1);
    // The database refuses what the form would.
    await expect(
      db.institution.update({ where: { id: school.id }, data: { safeguardingReminderHours: 0 } }),
    ).rejects.toThrow();
  });
});
