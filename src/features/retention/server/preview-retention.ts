// What the retention job will delete and when, for the admins' settings page: the rows each
// kind loses by the next run and by two later dates, counted with the very selections the run
// deletes with (later dates assume today's settings stay).
import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/access/server";
import { previewMoments, retentionCutoffs } from "../domain/policy";
import { POLICY_FIELDS, type RetentionCounts } from "./run-retention";
import { RETENTION_KINDS, selectExpired } from "./selections";

export interface RetentionPreview {
  /** Each moment with how many rows of each kind are gone by then (counted from now). */
  moments: { at: Date; counts: RetentionCounts }[];
}

export async function previewRetention(
  ctx: StaffContext,
  now = new Date(),
): Promise<RetentionPreview> {
  authorize(ctx, "settings:manage");
  const db = await getDb();
  const policy = await db.institution.findUniqueOrThrow({
    where: { id: ctx.institutionId },
    select: POLICY_FIELDS,
  });
  const moments = await Promise.all(
    previewMoments(now).map(async (at) => {
      const cut = retentionCutoffs(policy, at);
      const counts = {} as RetentionCounts;
      for (const kind of RETENTION_KINDS) {
        const [row] = await db.$queryRaw<{ n: number }[]>`
          SELECT COUNT(*)::int AS "n" FROM (${selectExpired(kind, ctx.institutionId, cut)}) AS expired`;
        counts[kind] = row?.n ?? 0;
      }
      return { at, counts };
    }),
  );
  return { moments };
}
