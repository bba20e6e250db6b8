import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/access/server";
import type { FlagStatusName } from "../schemas";

export interface FlagView {
  id: string;
  status: FlagStatusName;
  /** The matched categories, e.g. "advice: self-harm"; never who wrote it. */
  trigger: string;
  raisedAt: Date;
  updatedAt: Date;
  /** The flagged text, so the person handling it knows what was written. */
  text: string | null;
  locale: string | null;
  source: "CLASSROOM" | "PATHWAY" | null;
  groupName: string | null;
  handledBy: { name: string | null; email: string } | null;
  note: string | null;
}

/** The institution's flags: open ones first (new before acknowledged), then resolved ones. */
export async function listFlags(
  ctx: StaffContext,
  { status, limit = 100 }: { status?: FlagStatusName; limit?: number } = {},
): Promise<FlagView[]> {
  authorize(ctx, "safeguarding:handle");
  const db = await getDb();
  const flags = await db.safeguardingFlag.findMany({
    where: { institutionId: ctx.institutionId, ...(status ? { status } : {}) },
    select: {
      id: true,
      status: true,
      trigger: true,
      createdAt: true,
      updatedAt: true,
      handledById: true,
      note: true,
      advice: {
        select: { text: true, locale: true, source: true, group: { select: { name: true } } },
      },
    },
    // The enum's order is NEW, ACKNOWLEDGED, RESOLVED.
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: Math.min(Math.max(1, limit), 500),
  });
  const handlerIds = [...new Set(flags.flatMap((f) => (f.handledById ? [f.handledById] : [])))];
  // Only people of this institution are named; anyone else shows as unknown.
  const handlers = await db.user.findMany({
    where: { id: { in: handlerIds }, memberships: { some: { institutionId: ctx.institutionId } } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(handlers.map((h) => [h.id, { name: h.name, email: h.email }]));
  return flags.map((f) => ({
    id: f.id,
    status: f.status,
    trigger: f.trigger,
    raisedAt: f.createdAt,
    updatedAt: f.updatedAt,
    text: f.advice?.text ?? null,
    locale: f.advice?.locale ?? null,
    source: f.advice?.source ?? null,
    groupName: f.advice?.group?.name ?? null,
    handledBy: f.handledById ? (byId.get(f.handledById) ?? null) : null,
    note: f.note,
  }));
}
