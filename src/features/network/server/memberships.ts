// A school's consent to a network: a lead invites (by the school's code), one of the school's
// admins accepts, declines or later takes the school out. Every step is audited in the school's
// log (target: the network), which is also the network's history.
import "server-only";
import { authorize, type StaffContext } from "@/features/access/server";
import { recordAudit } from "@/features/audit/server";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import type { NetworkLeadContext } from "./lead-context";

export interface SchoolNetworkView {
  membershipId: string;
  networkName: string;
  status: "INVITED" | "ACTIVE";
  invitedAt: Date;
  acceptedAt: Date | null;
}

/** Invites the school with this code. A school that left may be invited again. */
export async function inviteSchool(lead: NetworkLeadContext, schoolCode: string): Promise<string> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const school = await tx.institution.findUnique({
      where: { schoolCode: schoolCode.trim().toUpperCase() },
      select: { id: true, name: true },
    });
    if (!school) {
      throw new AppError("validation_failed", "No school has this code.", {
        fields: [{ field: "schoolCode", message: "notFound" }],
      });
    }
    const existing = await tx.networkMembership.findUnique({
      where: { networkId_institutionId: { networkId: lead.networkId, institutionId: school.id } },
      select: { status: true },
    });
    if (existing && existing.status !== "LEFT") {
      throw new AppError("conflict", "This school is already invited or a member.");
    }
    const invitation = {
      status: "INVITED" as const,
      invitedById: lead.userId,
      invitedAt: new Date(),
      acceptedById: null,
      acceptedAt: null,
      leftById: null,
      leftAt: null,
    };
    await tx.networkMembership.upsert({
      where: { networkId_institutionId: { networkId: lead.networkId, institutionId: school.id } },
      create: { networkId: lead.networkId, institutionId: school.id, ...invitation },
      update: invitation,
    });
    await recordAudit(tx, {
      institutionId: school.id,
      actorId: lead.userId,
      action: "network_invited",
      targetType: "network",
      targetId: lead.networkId,
      details: { network: lead.networkName },
    });
    return school.name;
  });
}

/** The school's open invitations and networks, for its admins. */
export async function listSchoolNetworks(ctx: StaffContext): Promise<SchoolNetworkView[]> {
  authorize(ctx, "settings:manage");
  const db = await getDb();
  const rows = await db.networkMembership.findMany({
    where: { institutionId: ctx.institutionId, status: { in: ["INVITED", "ACTIVE"] } },
    select: {
      id: true,
      status: true,
      invitedAt: true,
      acceptedAt: true,
      network: { select: { name: true } },
    },
    orderBy: [{ invitedAt: "desc" }, { id: "asc" }],
  });
  return rows.map((r) => ({
    membershipId: r.id,
    networkName: r.network.name,
    status: r.status as "INVITED" | "ACTIVE",
    invitedAt: r.invitedAt,
    acceptedAt: r.acceptedAt,
  }));
}

/**
 * An admin answers for the school: "accept" makes an invitation ACTIVE; "leave" ends an
 * invitation or a membership (LEFT: the school's data leaves the network's reports at once).
 */
export async function answerNetwork(
  ctx: StaffContext,
  membershipId: string,
  answer: "accept" | "leave",
): Promise<void> {
  authorize(ctx, "settings:manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const from =
      answer === "accept" ? ["INVITED" as const] : ["INVITED" as const, "ACTIVE" as const];
    const membership = await tx.networkMembership.findFirst({
      where: { id: membershipId, institutionId: ctx.institutionId, status: { in: from } },
      select: { id: true, status: true, networkId: true, network: { select: { name: true } } },
    });
    if (!membership) throw new AppError("not_found", "There is no such invitation.");
    const now = new Date();
    const changed = await tx.networkMembership.updateMany({
      where: { id: membership.id, institutionId: ctx.institutionId, status: membership.status },
      data:
        answer === "accept"
          ? { status: "ACTIVE", acceptedById: ctx.userId, acceptedAt: now }
          : { status: "LEFT", leftById: ctx.userId, leftAt: now },
    });
    // Someone else answered in the meantime: nothing to do twice.
    if (changed.count === 0) throw new AppError("not_found", "There is no such invitation.");
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action:
        answer === "accept"
          ? "network_joined"
          : membership.status === "INVITED"
            ? "network_declined"
            : "network_left",
      targetType: "network",
      targetId: membership.networkId,
      details: { network: membership.network.name },
    });
  });
}
