import { getDb } from "@/lib/db";
import { recordAudit } from "@/features/audit/server";
import { authorize, type StaffContext } from "@/features/access/server";
import { notFound } from "@/lib/http";

/**
 * Makes exactly these staff members the group's teachers. Every one must be a member of the
 * caller's institution, and the group must be theirs: otherwise nothing changes (not found).
 */
export async function assignTeachers(
  ctx: StaffContext,
  groupId: string,
  userIds: string[],
): Promise<void> {
  authorize(ctx, "groups:write");
  const ids = [...new Set(userIds)];
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const group = await tx.group.findFirst({
      where: { id: groupId, institutionId: ctx.institutionId },
      select: { id: true },
    });
    if (!group) throw notFound("group");
    const members = await tx.membership.count({
      where: { institutionId: ctx.institutionId, userId: { in: ids } },
    });
    if (members !== ids.length) throw notFound("staff member");
    await tx.groupTeacher.deleteMany({ where: { groupId } });
    await tx.groupTeacher.createMany({ data: ids.map((userId) => ({ groupId, userId })) });
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "teachers_assigned",
      targetType: "group",
      targetId: groupId,
      details: { teacherIds: ids },
    });
  });
}
