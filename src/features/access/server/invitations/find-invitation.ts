import { getDb } from "@/lib/db";
import type { StaffRole } from "../../domain/permissions";
import { hashToken, invitationState, looksLikeToken } from "../../domain/tokens";

export type InvitationLookup =
  | { state: "invalid" }
  | { state: "expired" | "accepted"; institutionName: string }
  | {
      state: "open";
      institutionName: string;
      email: string;
      role: StaffRole;
    };

/**
 * What an invitation link leads to, for its page. Unknown and malformed links are invalid.
 * Whether the address already has an account is not part of it: whoever holds the link (it
 * may be another school's admin) learns nothing about accounts from the page.
 */
export async function findInvitation(token: string): Promise<InvitationLookup> {
  if (!looksLikeToken(token)) return { state: "invalid" };
  const db = await getDb();
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      institution: { select: { name: true } },
    },
  });
  if (!invitation) return { state: "invalid" };
  const state = invitationState(invitation);
  const institutionName = invitation.institution.name;
  if (state !== "open") return { state, institutionName };
  return { state, institutionName, email: invitation.email, role: invitation.role };
}
