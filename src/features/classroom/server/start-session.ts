import "server-only";
import { readableGroups } from "@/features/staff/server";
import { type StaffContext } from "@/features/access/server";
import { recordAudit } from "@/features/audit/server";
import { sessionStorySlugs } from "@/features/stories/server";
import { generateRoundCode } from "@/features/survey";
import { getDb, isUniqueViolation } from "@/lib/db";
import { AppError, zodFieldErrors } from "@/lib/http";
import { startSessionInputSchema } from "../schemas";
import { runnableSessions } from "./session-scope";

/** Codes are random; a clash with a live code is rare and simply drawn again. */
const CODE_ATTEMPTS = 8;

/**
 * Starts a classroom session for one of the caller's groups (a teacher's own, any group of the
 * institution for coordinators), with the stories the class will read. The session starts at
 * its first step with a new join code. Another school's group is refused like an unknown one.
 */
export async function startSession(
  ctx: StaffContext,
  /** Validated here: a form's or a request's fields as they came. */
  input: unknown,
  { newCode = () => generateRoundCode(6) }: { newCode?: () => string } = {},
): Promise<{ id: string; joinCode: string }> {
  runnableSessions(ctx);
  // The shipped stories and this school's published ones: another school's story is unknown.
  const parsed = startSessionInputSchema(await sessionStorySlugs(ctx.institutionId)).safeParse(
    input,
  );
  if (!parsed.success) {
    throw new AppError("validation_failed", "The session cannot start like this.", {
      fields: zodFieldErrors(parsed.error),
    });
  }
  const data = parsed.data;
  const db = await getDb();
  const group = await db.group.findFirst({
    where: { ...readableGroups(ctx), id: data.groupId, archivedAt: null },
    select: { id: true },
  });
  if (!group) {
    throw new AppError("validation_failed", "There is no such group here.", {
      fields: [{ field: "groupId", message: "unknown_group" }],
    });
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const now = new Date();
        const session = await tx.classroomSession.create({
          data: {
            institutionId: ctx.institutionId,
            groupId: group.id,
            teacherId: ctx.userId,
            joinCode: newCode(),
            storySlugs: data.storySlugs,
            locale: data.locale,
            startedAt: now,
            stepStartedAt: now,
          },
          select: { id: true, joinCode: true },
        });
        await recordAudit(tx, {
          institutionId: ctx.institutionId,
          actorId: ctx.userId,
          action: "classroom_started",
          targetType: "ClassroomSession",
          targetId: session.id,
          details: { groupId: group.id, stories: data.storySlugs },
        });
        return session;
      });
    } catch (error) {
      if (!isUniqueViolation(error, "join_code") || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}
