import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { enqueueJob, type JobHandlers } from "@/lib/jobs";
import { notifySafeguardingContact } from "./notify-safeguarding-contact";

export const SAFEGUARDING_NOTIFY = "safeguarding.notify";
export const SAFEGUARDING_REMIND = "safeguarding.remind";
/** Both kinds mail the safeguarding contact: their failures are shown on the safeguarding page. */
export const SAFEGUARDING_MAIL_JOBS = [SAFEGUARDING_NOTIFY, SAFEGUARDING_REMIND];

const HOUR_MS = 3_600_000;
const payloadSchema = z.object({ flagId: z.string().min(1) });

/**
 * A reminder: while the flag is still NEW, mail again and schedule the next one after the
 * school's current reminder time. An acknowledged (or resolved, or deleted) flag ends it.
 */
async function remind(payload: unknown, { now }: { now: Date }): Promise<void> {
  const { flagId } = payloadSchema.parse(payload);
  const db = await getDb();
  const flag = await db.safeguardingFlag.findUnique({
    where: { id: flagId },
    select: {
      status: true,
      createdAt: true,
      institutionId: true,
      institution: { select: { safeguardingReminderHours: true } },
    },
  });
  if (!flag || flag.status !== "NEW" || !flag.institution) return;
  const waited = (now.getTime() - flag.createdAt.getTime()) / HOUR_MS;
  await notifySafeguardingContact(flagId, { reminderAfterHours: waited });
  await enqueueJob(
    db,
    SAFEGUARDING_REMIND,
    { flagId },
    {
      institutionId: flag.institutionId,
      runAt: new Date(now.getTime() + flag.institution.safeguardingReminderHours * HOUR_MS),
    },
  );
}

/** The safeguarding feature's background jobs, registered with the runner in src/jobs.ts. */
export const safeguardingJobs: JobHandlers = {
  [SAFEGUARDING_NOTIFY]: async (payload) => {
    await notifySafeguardingContact(payloadSchema.parse(payload).flagId);
  },
  [SAFEGUARDING_REMIND]: remind,
};
