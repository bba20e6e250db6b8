// Who may see a network: its leads, and nobody else. Leading a network gives no context in any
// school; a lead's only way in is this check, against the network_leads row in the WHERE.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { signInPath, staffAccess } from "@/features/access/server";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/http/errors";

export interface NetworkLeadContext {
  userId: string;
  networkId: string;
  networkName: string;
}

/** The networks a person leads, by name. */
export async function ledNetworks(userId: string): Promise<{ id: string; name: string }[]> {
  const db = await getDb();
  const rows = await db.networkLead.findMany({
    where: { userId },
    select: { network: { select: { id: true, name: true } } },
    orderBy: [{ network: { name: "asc" } }, { networkId: "asc" }],
  });
  return rows.map((r) => r.network);
}

/** For server code: the lead's context for one network, or not_found if they do not lead it. */
export async function networkLeadContext(
  userId: string | undefined,
  networkId: string | undefined,
): Promise<NetworkLeadContext> {
  if (!userId) throw new AppError("unauthorized", "Sign in as staff first.");
  const networks = await ledNetworks(userId);
  const network = networkId ? networks.find((n) => n.id === networkId) : networks[0];
  if (!network) throw new AppError("not_found", "There is no such network.");
  return { userId, networkId: network.id, networkName: network.name };
}

/** The signed-in caller's user id (undefined when signed out). */
export async function signedInUserId(): Promise<string | undefined> {
  const access = await staffAccess();
  return access.kind === "signed_out" ? undefined : access.user.id;
}

/**
 * For pages: the lead's context. Signed out, to sign-in and back; anyone who leads no such
 * network gets the 404 page, whatever their role in a school.
 */
export async function requireNetworkLead(
  locale: string,
  networkId?: string,
): Promise<NetworkLeadContext & { networks: { id: string; name: string }[] }> {
  const userId = await signedInUserId();
  if (!userId) redirect(signInPath(locale, `/${locale}/staff/network`));
  const networks = await ledNetworks(userId);
  const network = networks.find((n) => n.id === networkId) ?? networks[0];
  if (!network) notFound();
  return { userId, networkId: network.id, networkName: network.name, networks };
}
