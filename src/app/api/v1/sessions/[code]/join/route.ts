import { sessionJoin } from "@/features/classroom/server";

export const POST = sessionJoin;
