import { getDb } from "@/lib/db";
import type { StaffRole } from "@/features/access";
import { authorize, type StaffContext } from "@/features/access/server";

export interface StaffMemberOption {
  userId: string;
  name: string | null;
  email: string;
  role: StaffRole;
}

/** The institution's staff, for choosing a group's teachers. */
export async function listStaffMembers(ctx: StaffContext): Promise<StaffMemberOption[]> {
  authorize(ctx, "groups:write");
  const db = await getDb();
  const rows = await db.membership.findMany({
    where: { institutionId: ctx.institutionId },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { email: "asc" } },
  });
  return rows.map((r) => ({
    userId: r.user.id,
    name: r.user.name,
    email: r.user.email,
    role: r.role,
  }));
}
