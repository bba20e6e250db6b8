// Who is acting, for which institution, in which role: what every staff server function gets
// first, and checks with authorize() before it touches anything.
import { AppError } from "@/lib/http/errors";
import { holds, type Permission, type StaffRole } from "../domain/permissions";

export interface StaffContext {
  userId: string;
  institutionId: string;
  role: StaffRole;
  /** Permissions given to this member beyond their role (see GRANTABLE). */
  grants?: readonly Permission[];
}

/**
 * Throws not_found unless the context's role holds the permission. Not found rather than
 * forbidden: a page or record the caller may not use is, for them, not there.
 */
export function authorize(ctx: StaffContext, permission: Permission): void {
  if (!holds(ctx, permission)) {
    throw new AppError("not_found", "There is no such page or record.");
  }
}
