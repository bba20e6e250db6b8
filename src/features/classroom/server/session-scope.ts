// The sessions a staff member may run: every session of the institution for those who manage
// its groups (coordinators, admins), only their own for teachers. Always inside the where.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { groupVisibility } from "@/features/access";
import { authorize, type StaffContext } from "@/features/access/server";

export function runnableSessions(ctx: StaffContext): Prisma.ClassroomSessionWhereInput {
  authorize(ctx, "classroom:run");
  const scope: Prisma.ClassroomSessionWhereInput = { institutionId: ctx.institutionId };
  if (groupVisibility(ctx.role) !== "all") scope.teacherId = ctx.userId;
  return scope;
}
