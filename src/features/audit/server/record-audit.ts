// Writes one AuditEvent. Called inside the transaction of the change it records, so the change
// and its record commit together. Never pass a password or a token in details.
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { AuditAction } from "../domain/audit-actions";

type Writer = Pick<Db, "auditEvent"> | Prisma.TransactionClient;

export interface AuditEntry {
  institutionId: string | null;
  actorId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  details?: Prisma.InputJsonObject;
}

export async function recordAudit(db: Writer, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      institutionId: entry.institutionId,
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details,
    },
  });
}
