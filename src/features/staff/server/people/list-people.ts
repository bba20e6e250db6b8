import { getDb } from "@/lib/db";
import type { StaffRole } from "@/features/access";
import {
  invitationState,
  type InvitationState,
  authorize,
  type StaffContext,
} from "@/features/access/server";

export interface MemberView {
  membershipId: string;
  userId: string;
  name: string | null;
  email: string;
  role: StaffRole;
  since: Date;
}

export interface InvitationView {
  id: string;
  email: string;
  role: StaffRole;
  expiresAt: Date;
  state: Exclude<InvitationState, "accepted">;
}

/** The institution's staff and the invitations nobody has accepted yet. */
export async function listPeople(
  ctx: StaffContext,
): Promise<{ members: MemberView[]; invitations: InvitationView[] }> {
  authorize(ctx, "people:manage");
  const db = await getDb();
  const [memberships, invitations] = await Promise.all([
    db.membership.findMany({
      where: { institutionId: ctx.institutionId },
      select: {
        id: true,
        role: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true } },
      },
      orderBy: { user: { email: "asc" } },
    }),
    db.invitation.findMany({
      where: { institutionId: ctx.institutionId, acceptedAt: null },
      select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  const now = new Date();
  return {
    members: memberships.map((m) => ({
      membershipId: m.id,
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      since: m.createdAt,
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      expiresAt: i.expiresAt,
      state: invitationState(i, now) === "expired" ? "expired" : "open",
    })),
  };
}
