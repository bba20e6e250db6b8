import { groupItem } from "@/features/staff/server/api/groups-api";

export const { GET, PATCH } = groupItem;
