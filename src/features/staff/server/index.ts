// The staff feature's server entry. Other features declare the permission they need with
// requireStaff (pages), staffContext (server actions) or staffRoute (JSON route handlers), and
// keep ctx.institutionId inside every Prisma where.
import "server-only";

export { authorize, type StaffContext } from "./staff-context";
export { requireStaff, signInPath, staffAccess, staffContext } from "./require-staff";
export { staffRoute } from "./staff-route";
export { listGroups } from "./groups/list-groups";
export { institutionTimeZone } from "./institution-time-zone";
export { getGroup } from "./groups/get-group";
export { readableGroups, type GroupView } from "./groups/group-scope";
export { guarded, parseForm, succeeded } from "../actions/form";
export { staffMetadata } from "../metadata";
export { groupsCollection, groupItem } from "./api/groups-api";
export { staffDataExport } from "./api/people-api";
export * as authRoutes from "./auth/routes";
