import { getDb } from "@/lib/db";

export interface InstitutionListing {
  id: string;
  name: string;
  country: string;
  members: number;
  groups: number;
  admins: string[];
}

/** Every institution of the installation (for operators, not for staff pages). */
export async function listInstitutions(): Promise<InstitutionListing[]> {
  const db = await getDb();
  const rows = await db.institution.findMany({
    select: {
      id: true,
      name: true,
      country: true,
      _count: { select: { memberships: true, groups: true } },
      memberships: {
        where: { role: "ADMIN" },
        select: { user: { select: { email: true } } },
        orderBy: { user: { email: "asc" } },
      },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    country: r.country,
    members: r._count.memberships,
    groups: r._count.groups,
    admins: r.memberships.map((m) => m.user.email),
  }));
}
