import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/http/errors";

/**
 * Checked inside the transaction after a role change or removal: an institution without an
 * admin could never manage its people again, so the change is rolled back.
 */
export async function ensureAnAdminRemains(
  tx: Prisma.TransactionClient,
  institutionId: string,
): Promise<void> {
  const admins = await tx.membership.count({ where: { institutionId, role: "ADMIN" } });
  if (admins === 0) {
    throw new AppError("conflict", "An institution needs at least one admin.", {
      fields: [{ field: "membershipId", message: "lastAdmin" }],
    });
  }
}
