import { sessionStep } from "@/features/classroom/server";

export const POST = sessionStep;
