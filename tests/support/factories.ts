// Test data builders: each makes one valid record with sensible defaults, overridable.
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Role, RoundKind } from "@/generated/prisma/client";
import { hashToken, newToken } from "@/features/access/domain/tokens";
import type { StaffContext } from "@/features/access/server";

const unique = () => randomBytes(4).toString("hex");

export async function createInstitution(
  data: { name?: string; country?: string; minGroupSize?: number } = {},
) {
  const db = await getDb();
  return db.institution.create({
    data: {
      name: data.name ?? `School ${unique()}`,
      country: data.country ?? "DK",
      minGroupSize: data.minGroupSize ?? 5,
    },
  });
}

export async function createGroup(
  institutionId: string,
  data: { name?: string; programme?: string; expectedSize?: number } = {},
) {
  const db = await getDb();
  return db.group.create({
    data: {
      institutionId,
      name: data.name ?? `Group ${unique()}`,
      programme: data.programme ?? "Electrician",
      expectedSize: data.expectedSize ?? 20,
    },
  });
}

export async function createStaff(
  institutionId: string,
  role: Role,
  data: { email?: string; passwordHash?: string } = {},
) {
  const db = await getDb();
  const user = await db.user.create({
    data: { email: data.email ?? `staff-${unique()}@school.test`, passwordHash: data.passwordHash },
  });
  await db.membership.create({ data: { userId: user.id, institutionId, role } });
  return user;
}

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export function randomCode(length = 6): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
}

export async function createRound(
  institutionId: string,
  data: {
    code?: string;
    kind?: RoundKind;
    surveyKey?: string;
    opensAt?: Date;
    closesAt?: Date;
    groupIds?: string[];
  } = {},
) {
  const db = await getDb();
  const day = 24 * 60 * 60 * 1000;
  return db.surveyRound.create({
    data: {
      institutionId,
      name: `Round ${unique()}`,
      surveyKey: data.surveyKey ?? "belonging-pulse",
      kind: data.kind ?? "BASELINE",
      code: data.code ?? randomCode(),
      opensAt: data.opensAt ?? new Date(Date.now() - day),
      closesAt: data.closesAt ?? new Date(Date.now() + day),
      groups: data.groupIds ? { create: data.groupIds.map((groupId) => ({ groupId })) } : undefined,
    },
  });
}

// Staff: accounts with passwords, a StaffContext as server functions get it, invitations.

export const TEST_PASSWORD = "correct horse battery";

let testPasswordHash: Promise<string> | undefined;
/** One Argon2id hash of TEST_PASSWORD, reused: hashing is slow on purpose. */
export function testPasswordHashOnce(): Promise<string> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash;
}

/** A staff member with TEST_PASSWORD and the context their requests would carry. */
export async function createSignedInStaff(
  institutionId: string,
  role: Role,
  data: { email?: string; name?: string } = {},
): Promise<{ user: { id: string; email: string }; ctx: StaffContext }> {
  const db = await getDb();
  const user = await db.user.create({
    data: {
      email: data.email ?? `staff-${unique()}@school.test`,
      name: data.name ?? null,
      passwordHash: await testPasswordHashOnce(),
    },
    select: { id: true, email: true },
  });
  await db.membership.create({ data: { userId: user.id, institutionId, role } });
  return { user, ctx: { userId: user.id, institutionId, role } };
}

export async function createInvitation(
  institutionId: string,
  data: { email?: string; role?: Role; expiresAt?: Date; acceptedAt?: Date } = {},
): Promise<{ id: string; token: string; email: string }> {
  const db = await getDb();
  const token = newToken();
  const email = data.email ?? `invitee-${unique()}@school.test`;
  const invitation = await db.invitation.create({
    data: {
      institutionId,
      email,
      role: data.role ?? "TEACHER",
      tokenHash: hashToken(token),
      expiresAt: data.expiresAt ?? new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
      acceptedAt: data.acceptedAt ?? null,
    },
  });
  return { id: invitation.id, token, email };
}
