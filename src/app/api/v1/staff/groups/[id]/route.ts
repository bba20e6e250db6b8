import { groupItem } from "@/features/staff/server";

export const { GET, PATCH } = groupItem;
