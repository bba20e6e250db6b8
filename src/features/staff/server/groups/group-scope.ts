// The groups a staff member may read: all of the institution's for coordinators and admins,
// only the ones they teach for teachers. The institution is always part of the where.
import type { Prisma } from "@/generated/prisma/client";
import { groupVisibility } from "@/features/access";
import { authorize, type StaffContext } from "@/features/access/server";

export function readableGroups(ctx: StaffContext): Prisma.GroupWhereInput {
  authorize(ctx, "groups:read");
  const scope: Prisma.GroupWhereInput = { institutionId: ctx.institutionId };
  if (groupVisibility(ctx.role) === "assigned") {
    scope.teachers = { some: { userId: ctx.userId } };
  }
  return scope;
}

export const groupFields = {
  id: true,
  name: true,
  programme: true,
  startDate: true,
  expectedSize: true,
  archivedAt: true,
  teachers: {
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { email: "asc" } },
  },
} satisfies Prisma.GroupSelect;

type GroupRow = Prisma.GroupGetPayload<{ select: typeof groupFields }>;

export interface GroupView {
  id: string;
  name: string;
  programme: string;
  /** YYYY-MM-DD, or null. */
  startDate: string | null;
  expectedSize: number | null;
  archived: boolean;
  teachers: { id: string; name: string | null; email: string }[];
}

export function toGroupView(row: GroupRow): GroupView {
  return {
    id: row.id,
    name: row.name,
    programme: row.programme,
    startDate: row.startDate ? row.startDate.toISOString().slice(0, 10) : null,
    expectedSize: row.expectedSize,
    archived: row.archivedAt !== null,
    teachers: row.teachers.map((t) => t.user),
  };
}
