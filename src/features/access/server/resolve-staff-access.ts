// Who the signed-in person is to the staff area: signed out, signed in without any school, or
// a member acting for one institution. A person may belong to several; the one they chose
// (kept in a cookie) counts only while they are still a member there, otherwise their first.
// Leading a network is no membership: a network lead without one has no school context at all.
import { getDb } from "@/lib/db";
import { isPermission, type StaffRole } from "../domain/permissions";
import type { StaffContext } from "./staff-context";

export interface MembershipSummary {
  institutionId: string;
  institutionName: string;
  role: StaffRole;
}

export interface StaffUser {
  id: string;
  name: string | null;
  email: string;
}

export type StaffAccess =
  | { kind: "signed_out" }
  | { kind: "no_membership"; user: StaffUser; leadsNetwork: boolean }
  | {
      kind: "member";
      user: StaffUser;
      /** Leads a network too: a separate role that adds the network report, nothing more. */
      leadsNetwork: boolean;
      context: StaffContext;
      /** Every institution the person belongs to, by name (for the switcher). */
      memberships: MembershipSummary[];
    };

export async function resolveStaffAccess(
  userId: string | undefined,
  preferredInstitutionId: string | undefined,
): Promise<StaffAccess> {
  if (!userId) return { kind: "signed_out" };
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      memberships: {
        select: {
          institutionId: true,
          role: true,
          grants: true,
          institution: { select: { name: true } },
        },
        orderBy: [{ institution: { name: "asc" } }, { institutionId: "asc" }],
      },
      networksLed: { select: { networkId: true }, take: 1 },
    },
  });
  // A session whose user is gone is no session.
  if (!user) return { kind: "signed_out" };
  const staffUser = { id: user.id, name: user.name, email: user.email };
  const leadsNetwork = user.networksLed.length > 0;
  const memberships = user.memberships.map((m) => ({
    institutionId: m.institutionId,
    institutionName: m.institution.name,
    role: m.role,
  }));
  const active =
    user.memberships.find((m) => m.institutionId === preferredInstitutionId) ?? user.memberships[0];
  if (!active) return { kind: "no_membership", user: staffUser, leadsNetwork };
  const grants = active.grants.filter(isPermission);
  return {
    kind: "member",
    user: staffUser,
    leadsNetwork,
    context: {
      userId: user.id,
      institutionId: active.institutionId,
      role: active.role,
      ...(grants.length ? { grants } : {}),
    },
    memberships,
  };
}
