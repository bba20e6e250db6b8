import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Country } from "@/lib/countries";
import { CLEARED } from "@/features/access";
import { recordAudit } from "@/features/audit/server";

export interface NewInstitution {
  name: string;
  country: Country;
  adminEmail: string;
  /** The first admin's password; needed only when the address has no account yet. */
  password?: string;
}

export interface CreatedInstitution {
  institutionId: string;
  adminId: string;
  /** Whether the admin's account was made now (false: an existing account joined). */
  newAccount: boolean;
}

/** A new institution with its first admin: how an installation starts without demo data. */
export async function createInstitution(input: NewInstitution): Promise<CreatedInstitution> {
  const db = await getDb();
  const existing = await db.user.findUnique({
    where: { email: input.adminEmail },
    select: { id: true, passwordHash: true },
  });
  if (!existing?.passwordHash && !input.password) {
    throw new Error("A new admin account needs a password.");
  }
  const passwordHash =
    input.password && !existing?.passwordHash ? await hashPassword(input.password) : null;
  return db.$transaction(async (tx) => {
    const institution = await tx.institution.create({
      data: { name: input.name, country: input.country },
      select: { id: true },
    });
    const admin = existing
      ? passwordHash
        ? await tx.user.update({
            where: { id: existing.id },
            data: { passwordHash, ...CLEARED },
            select: { id: true },
          })
        : existing
      : await tx.user.create({
          data: { email: input.adminEmail, passwordHash, emailVerified: new Date() },
          select: { id: true },
        });
    await tx.membership.create({
      data: { userId: admin.id, institutionId: institution.id, role: "ADMIN" },
    });
    await recordAudit(tx, {
      institutionId: institution.id,
      actorId: null,
      action: "institution_created",
      targetType: "institution",
      targetId: institution.id,
      details: { name: input.name, adminEmail: input.adminEmail },
    });
    return { institutionId: institution.id, adminId: admin.id, newAccount: !existing };
  });
}
