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
      /** The invitee can already sign in: joining needs no new password. */
      hasAccount: boolean;
    };

/** What an invitation link leads to, for its page. Unknown and malformed links are invalid. */
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
  const user = await db.user.findUnique({
    where: { email: invitation.email },
    select: { passwordHash: true },
  });
  return {
    state,
    institutionName,
    email: invitation.email,
    role: invitation.role,
    hasAccount: Boolean(user?.passwordHash),
  };
}
