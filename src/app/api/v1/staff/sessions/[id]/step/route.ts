import { sessionStep } from "@/features/classroom/server/api/staff-api";

export const POST = sessionStep;
