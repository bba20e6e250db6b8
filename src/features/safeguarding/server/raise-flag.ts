import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { enqueueJob } from "@/lib/jobs";
import { SAFEGUARDING_NOTIFY, SAFEGUARDING_REMIND } from "./flag-jobs";

const HOUR_MS = 3_600_000;

/**
 * What a flag needs: the school that will see it (never none: a student's words always reach
 * someone), what triggered it, the advice it is about (if any).
 */
export type RaiseFlagInput = Pick<
  Prisma.SafeguardingFlagUncheckedCreateInput,
  "trigger" | "adviceId"
> & {
  institutionId: string;
};

/**
 * The one way a safeguarding flag is created. In the caller's transaction it stores the flag,
 * the job that mails the school's safeguarding contact, and the first reminder for when nobody
 * has acknowledged it within the school's reminder time: all three exist, or none.
 */
export async function raiseFlag(
  tx: Prisma.TransactionClient,
  input: RaiseFlagInput,
): Promise<{ id: string }> {
  const flag = await tx.safeguardingFlag.create({ data: input, select: { id: true } });
  const { institutionId } = input;
  await enqueueJob(tx, SAFEGUARDING_NOTIFY, { flagId: flag.id }, { institutionId });
  const school = await tx.institution.findUnique({
    where: { id: institutionId },
    select: { safeguardingReminderHours: true },
  });
  if (school) {
    const runAt = new Date(Date.now() + school.safeguardingReminderHours * HOUR_MS);
    await enqueueJob(tx, SAFEGUARDING_REMIND, { flagId: flag.id }, { institutionId, runAt });
  }
  return flag;
}
