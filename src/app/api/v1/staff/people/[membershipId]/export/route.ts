import { staffDataExport } from "@/features/staff/server";

export const { GET } = staffDataExport;
