// Enqueueing is a write in the caller's transaction: the job exists if and only if the change
// that caused it committed, so a flag never lacks its mail and a rolled-back flag sends none.
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { wakeJobRunner } from "./worker";

/** A transaction (or the client itself, when the job is the only write). */
export type JobWriter = Prisma.TransactionClient | Db;

export interface EnqueueOptions {
  /** Not before this time (default: now). */
  runAt?: Date;
  /** The school the work is for: its admins see the job when it keeps failing. */
  institutionId?: string | null;
  /** Failed tries before the job is given up (default 10). */
  maxAttempts?: number;
}

export async function enqueueJob(
  tx: JobWriter,
  kind: string,
  payload: Prisma.InputJsonObject,
  options: EnqueueOptions = {},
): Promise<{ id: string }> {
  const job = await tx.job.create({
    data: {
      kind,
      payload,
      runAt: options.runAt ?? new Date(),
      institutionId: options.institutionId ?? null,
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    },
    select: { id: true },
  });
  // After the caller's commit a runner in this process can start at once; others poll.
  if (!options.runAt) wakeJobRunner();
  return job;
}
