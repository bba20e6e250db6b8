// Networks in tests: a lead with a network of their own, and a school that joins it (the
// lead invites, the school's admin accepts).
import { getDb } from "@/lib/db";
import {
  answerNetwork,
  inviteSchool,
  listSchoolNetworks,
  type NetworkLeadContext,
} from "@/features/network/server";
import type { StaffContext } from "@/features/access/server";

export async function createLead(name = "Pilot"): Promise<NetworkLeadContext> {
  const db = await getDb();
  const user = await db.user.create({ data: { email: `lead-${Math.random()}@network.test` } });
  const network = await db.network.create({ data: { name } });
  await db.networkLead.create({ data: { networkId: network.id, userId: user.id } });
  return { userId: user.id, networkId: network.id, networkName: name };
}

/** Invites the school and accepts as its admin; returns the membership's id. */
export async function joinNetwork(
  lead: NetworkLeadContext,
  school: { schoolCode: string },
  admin: StaffContext,
): Promise<string> {
  await inviteSchool(lead, school.schoolCode);
  const [invitation] = await listSchoolNetworks(admin);
  await answerNetwork(admin, invitation!.membershipId, "accept");
  return invitation!.membershipId;
}
