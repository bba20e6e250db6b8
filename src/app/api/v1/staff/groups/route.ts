import { groupsCollection } from "@/features/staff/server/api/groups-api";

export const { GET, POST } = groupsCollection;
