// An admin's download of what Belong holds about one of their school's staff (GDPR access):
// the account, this school's membership and groups, the sessions and the audit events they
// caused here. Scoped to the admin's school: a person who also works elsewhere is shown only
// as far as this school knows them. Never a password hash or a token.
import { getDb } from "@/lib/db";
import { recordAudit } from "@/features/audit/server";
import { authorize, type StaffContext } from "@/features/access/server";
import { notFound } from "@/lib/http";

export async function exportStaffData(ctx: StaffContext, membershipId: string, now = new Date()) {
  authorize(ctx, "people:manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: membershipId, institutionId: ctx.institutionId },
      select: {
        role: true,
        createdAt: true,
        institution: { select: { name: true } },
        user: {
          select: {
            id: true,
            name: true,
            email: true,
            emailVerified: true,
            createdAt: true,
            sessions: { select: { expires: true }, orderBy: { expires: "asc" } },
          },
        },
      },
    });
    if (!membership) throw notFound("staff member");
    const { user } = membership;
    const [groups, auditEvents] = await Promise.all([
      tx.group.findMany({
        where: { institutionId: ctx.institutionId, teachers: { some: { userId: user.id } } },
        select: { name: true, programme: true },
        orderBy: { name: "asc" },
      }),
      tx.auditEvent.findMany({
        where: { institutionId: ctx.institutionId, actorId: user.id },
        select: { createdAt: true, action: true, targetType: true, targetId: true, details: true },
        orderBy: { createdAt: "asc" },
      }),
    ]);
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "staff_data_exported",
      targetType: "user",
      targetId: user.id,
    });
    return {
      exportedAt: now.toISOString(),
      institution: membership.institution.name,
      person: {
        id: user.id,
        name: user.name,
        email: user.email,
        emailVerified: user.emailVerified?.toISOString() ?? null,
        createdAt: user.createdAt.toISOString(),
      },
      membership: { role: membership.role, since: membership.createdAt.toISOString() },
      groupsTaught: groups,
      sessions: user.sessions.map((s) => ({ expires: s.expires.toISOString() })),
      auditEvents: auditEvents.map((e) => ({
        at: e.createdAt.toISOString(),
        action: e.action,
        targetType: e.targetType,
        targetId: e.targetId,
        details: e.details,
      })),
    };
  });
}

export type StaffDataExport = Awaited<ReturnType<typeof exportStaffData>>;
