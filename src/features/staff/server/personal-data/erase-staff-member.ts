// An admin's erasure of a staff member's personal data at their school (GDPR erasure).
// - Someone who belongs to this school only: the account becomes a tombstone (no name, no
//   address, no password, no sessions or sign-in links), so the audit events they caused
//   still read "deleted staff member #abc123" instead of pointing at nothing.
// - Someone who also belongs to another school: the admin of this one cannot erase what the
//   other school relies on, so they are removed from this school only and its records stop
//   naming their address; their account stays for the other school.
// The last admin of a school cannot be erased (nobody could manage it any more).
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { tombstoneEmail } from "../../domain/tombstone";
import {
  endAllStaffSessions,
  RESET_PREFIX,
  authorize,
  type StaffContext,
} from "@/features/access/server";
import { ensureAnAdminRemains } from "../people/last-admin";
import { recordAudit } from "@/features/audit/server";
import { notFound } from "@/lib/http";

export type ErasureScope = "account" | "membership";

/** Drops the address from this school's audit events about the person (they stay otherwise). */
async function forgetAddressInAudit(
  tx: Prisma.TransactionClient,
  institutionId: string,
  userId: string,
  email: string,
): Promise<void> {
  const events = await tx.auditEvent.findMany({
    where: {
      institutionId,
      OR: [{ targetId: userId }, { details: { path: ["email"], equals: email } }],
    },
    select: { id: true, details: true },
  });
  for (const event of events) {
    const details = event.details;
    if (!details || typeof details !== "object" || Array.isArray(details)) continue;
    if (!("email" in details)) continue;
    const rest = Object.fromEntries(Object.entries(details).filter(([key]) => key !== "email"));
    await tx.auditEvent.update({ where: { id: event.id }, data: { details: rest } });
  }
}

export async function eraseStaffMember(
  ctx: StaffContext,
  membershipId: string,
  now = new Date(),
): Promise<{ scope: ErasureScope }> {
  authorize(ctx, "people:manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: membershipId, institutionId: ctx.institutionId },
      select: { userId: true, user: { select: { email: true } } },
    });
    if (!membership) throw notFound("staff member");
    const { userId } = membership;
    const { email } = membership.user;
    await tx.membership.delete({ where: { id: membershipId } });
    await ensureAnAdminRemains(tx, ctx.institutionId);
    await tx.groupTeacher.deleteMany({
      where: { userId, group: { institutionId: ctx.institutionId } },
    });
    await tx.invitation.deleteMany({ where: { institutionId: ctx.institutionId, email } });
    await forgetAddressInAudit(tx, ctx.institutionId, userId, email);
    await endAllStaffSessions(tx, userId);
    const elsewhere = await tx.membership.count({ where: { userId } });
    const scope: ErasureScope = elsewhere > 0 ? "membership" : "account";
    if (scope === "account") {
      await tx.account.deleteMany({ where: { userId } });
      await tx.verificationToken.deleteMany({
        where: { identifier: { in: [email, `${RESET_PREFIX}${userId}`] } },
      });
      await tx.user.update({
        where: { id: userId },
        data: {
          name: null,
          email: tombstoneEmail(userId),
          emailVerified: null,
          image: null,
          passwordHash: null,
          failedSignIns: 0,
          lockedUntil: null,
          deletedAt: now,
        },
      });
    }
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "staff_data_erased",
      targetType: "user",
      targetId: userId,
      details: { scope },
    });
    return { scope };
  });
}
