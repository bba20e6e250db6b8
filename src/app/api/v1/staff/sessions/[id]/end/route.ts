import { sessionEnd } from "@/features/classroom/server/api/staff-api";

export const POST = sessionEnd;
