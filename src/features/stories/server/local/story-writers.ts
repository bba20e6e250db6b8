import "server-only";
import { z } from "zod";
import { recordAudit } from "@/features/audit/server";
import { authorize, type StaffContext } from "@/features/access/server";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/http";

const WRITE = "stories:write";

export interface StoryWriterOption {
  membershipId: string;
  name: string;
  allowed: boolean;
}

/** The school's teachers, and whether each may write its own stories (coordinators decide). */
export async function listStoryWriters(ctx: StaffContext): Promise<StoryWriterOption[]> {
  authorize(ctx, "stories:review");
  const db = await getDb();
  const teachers = await db.membership.findMany({
    where: { institutionId: ctx.institutionId, role: "TEACHER" },
    select: { id: true, grants: true, user: { select: { name: true, email: true } } },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    take: 500,
  });
  return teachers.map((m) => ({
    membershipId: m.id,
    name: m.user.name || m.user.email,
    allowed: m.grants.includes(WRITE),
  }));
}

const storyWritersSchema = z.object({
  allowed: z.array(z.string().min(1).max(64)).max(500),
});

/**
 * Sets which teachers may write stories: those listed are allowed, every other teacher of the
 * school is not. A listed id that is not a teacher of this school changes nothing. Each change
 * is audited with the member as its target.
 */
export async function setStoryWriters(ctx: StaffContext, input: unknown): Promise<number> {
  authorize(ctx, "stories:review");
  const parsed = storyWritersSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError("validation_failed", "That list of writers is not valid.");
  const allowed = new Set(parsed.data.allowed);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const teachers = await tx.membership.findMany({
      where: { institutionId: ctx.institutionId, role: "TEACHER" },
      select: { id: true, grants: true },
    });
    let changed = 0;
    for (const teacher of teachers) {
      const has = teacher.grants.includes(WRITE);
      const should = allowed.has(teacher.id);
      if (has === should) continue;
      const grants = should
        ? [...teacher.grants, WRITE]
        : teacher.grants.filter((g) => g !== WRITE);
      // The institution stays in the where: the row is this school's or it is not touched.
      await tx.membership.updateMany({
        where: { id: teacher.id, institutionId: ctx.institutionId, role: "TEACHER" },
        data: { grants },
      });
      await recordAudit(tx, {
        institutionId: ctx.institutionId,
        actorId: ctx.userId,
        action: should ? "story_writer_allowed" : "story_writer_removed",
        targetType: "Membership",
        targetId: teacher.id,
      });
      changed++;
    }
    return changed;
  });
}
