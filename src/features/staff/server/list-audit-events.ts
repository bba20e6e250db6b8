import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/access/server";
import { notFound } from "@/lib/http";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditEventView {
  id: string;
  at: Date;
  action: string;
  /** `deleted`: an erased staff member's tombstone, shown by a short reference only. */
  actor: { id: string; name: string | null; email: string; deleted: boolean } | null;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
}

/** The institution's audit log, newest first, a page at a time (before: an event id). */
export async function listAuditEvents(
  ctx: StaffContext,
  { before }: { before?: string } = {},
): Promise<{ events: AuditEventView[]; nextBefore: string | null }> {
  authorize(ctx, "audit:read");
  const db = await getDb();
  if (before) {
    // A cursor must be one of this institution's events; any other id is simply not found.
    const cursor = await db.auditEvent.findFirst({
      where: { id: before, institutionId: ctx.institutionId },
      select: { id: true },
    });
    if (!cursor) throw notFound("audit event");
  }
  const rows = await db.auditEvent.findMany({
    where: { institutionId: ctx.institutionId },
    select: {
      id: true,
      createdAt: true,
      action: true,
      targetType: true,
      targetId: true,
      details: true,
      actor: { select: { id: true, name: true, email: true, deletedAt: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    ...(before ? { cursor: { id: before }, skip: 1 } : {}),
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    events: page.map((r) => ({
      id: r.id,
      at: r.createdAt,
      action: r.action,
      actor: r.actor && {
        id: r.actor.id,
        name: r.actor.name,
        email: r.actor.email,
        deleted: r.actor.deletedAt !== null,
      },
      targetType: r.targetType,
      targetId: r.targetId,
      details: r.details,
    })),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}
