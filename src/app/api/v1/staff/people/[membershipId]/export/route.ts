import { staffDataExport } from "@/features/staff/server/api/people-api";

export const { GET } = staffDataExport;
