import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/access/server";
import { SAFEGUARDING_MAIL_JOBS } from "./flag-jobs";

export interface MailFailure {
  reason: string;
  since: Date;
}

const RECENT_MS = 7 * 24 * 3_600_000;

/**
 * Whether mail to the school's safeguarding contact keeps failing: a mail job being retried
 * after failing at least twice, or one given up in the last week with no mail job done since.
 * Admins and coordinators see it on the safeguarding page, so a broken mail server is not
 * silent.
 */
export async function safeguardingMailFailure(
  ctx: StaffContext,
  now = new Date(),
): Promise<MailFailure | null> {
  authorize(ctx, "safeguarding:handle");
  const db = await getDb();
  const scope = {
    institutionId: ctx.institutionId,
    kind: { in: SAFEGUARDING_MAIL_JOBS },
    lastError: { not: null },
  };
  const select = { lastError: true, updatedAt: true } as const;
  const [retrying, givenUp, delivered] = await Promise.all([
    db.job.findFirst({
      where: { ...scope, status: { in: ["PENDING", "RUNNING"] }, attempts: { gte: 2 } },
      orderBy: { updatedAt: "desc" },
      select,
    }),
    db.job.findFirst({
      where: {
        ...scope,
        status: "FAILED",
        updatedAt: { gte: new Date(now.getTime() - RECENT_MS) },
      },
      orderBy: { updatedAt: "desc" },
      select,
    }),
    db.job.findFirst({
      where: {
        institutionId: ctx.institutionId,
        kind: { in: SAFEGUARDING_MAIL_JOBS },
        status: "DONE",
      },
      orderBy: { finishedAt: "desc" },
      select: { finishedAt: true },
    }),
  ]);
  const deliveredAt = delivered?.finishedAt?.getTime() ?? 0;
  const failing =
    retrying ?? (givenUp && givenUp.updatedAt.getTime() > deliveredAt ? givenUp : null);
  return failing?.lastError ? { reason: failing.lastError, since: failing.updatedAt } : null;
}
