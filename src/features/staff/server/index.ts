// The staff feature's server entry: the institution's groups (other features start sessions and
// rounds for them), and the JSON endpoints of groups and a staff member's data export.
import "server-only";

export { listGroups } from "./groups/list-groups";
export { getGroup } from "./groups/get-group";
export { readableGroups, type GroupView } from "./groups/group-scope";
export { groupsCollection, groupItem } from "./api/groups-api";
export { staffDataExport } from "./api/people-api";
