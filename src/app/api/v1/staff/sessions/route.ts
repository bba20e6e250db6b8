import { sessionStart } from "@/features/classroom/server/api/staff-api";

export const POST = sessionStart;
