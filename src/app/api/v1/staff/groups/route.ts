import { groupsCollection } from "@/features/staff/server";

export const { GET, POST } = groupsCollection;
