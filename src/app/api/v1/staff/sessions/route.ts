import { sessionStart } from "@/features/classroom/server";

export const POST = sessionStart;
