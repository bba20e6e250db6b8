// The access feature's server entry. Other features declare the permission they need with
// requireStaff (pages), staffContext (server actions) or staffRoute (JSON route handlers), and
// keep ctx.institutionId inside every Prisma where. The staff feature also finds here what its
// people and personal-data pages share with sign-in: tokens, sessions, the staff mail.
import "server-only";

export { authorize, type StaffContext } from "./staff-context";
export { requireStaff, signInPath, staffAccess, staffContext, orNotFound } from "./require-staff";
export { staffRoute } from "./staff-route";
export { institutionTimeZone } from "./institution-time-zone";
export { staffMetadata } from "../metadata";
export { composeStaffMail } from "./compose-mail";
export { endAllStaffSessions } from "./auth/staff-sessions";
export { RESET_PREFIX } from "./passwords/reset-token";
export {
  expiresAfter,
  hashToken,
  INVITATION_LIFETIME_MS,
  invitationState,
  newToken,
  type InvitationState,
} from "../domain/tokens";
export * as authRoutes from "./auth/routes";
