import { sessionEnd } from "@/features/classroom/server";

export const POST = sessionEnd;
