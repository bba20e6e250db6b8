import type { Role } from "@/generated/prisma/client";

/**
 * Who asks and for which institution: the user, the institution whose data they may see, and
 * their role there. Every query below keeps `institutionId` inside its WHERE, so another
 * school's round, group, advice or flag is simply not found.
 */
export interface DashboardContext {
  userId: string;
  institutionId: string;
  role: Role;
}
