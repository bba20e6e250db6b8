import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/staff";
import { SAFEGUARDING_MAIL_JOBS } from "./flag-jobs";

export interface MailFailure {
  reason: string;
  since: Date;
}

/**
 * Whether mail to the school's safeguarding contact keeps failing: a mail job that has failed
 * at least twice (still being retried, or given up) and no mail has gone out since. Admins and
 * coordinators see it on the safeguarding page, so a broken mail server is not silent.
 */
export async function safeguardingMailFailure(ctx: StaffContext): Promise<MailFailure | null> {
  authorize(ctx, "safeguarding:handle");
  const db = await getDb();
  const scope = { institutionId: ctx.institutionId, kind: { in: SAFEGUARDING_MAIL_JOBS } };
  const [failing, delivered] = await Promise.all([
    db.job.findFirst({
      where: {
        ...scope,
        lastError: { not: null },
        OR: [
          { status: "FAILED" },
          { status: { in: ["PENDING", "RUNNING"] }, attempts: { gte: 2 } },
        ],
      },
      orderBy: { updatedAt: "desc" },
      select: { lastError: true, updatedAt: true },
    }),
    db.job.findFirst({
      where: { ...scope, status: "DONE" },
      orderBy: { finishedAt: "desc" },
      select: { finishedAt: true },
    }),
  ]);
  if (!failing?.lastError) return null;
  if (delivered?.finishedAt && delivered.finishedAt > failing.updatedAt) return null;
  return { reason: failing.lastError, since: failing.updatedAt };
}
