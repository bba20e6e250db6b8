import { sessionJoin } from "@/features/classroom/server/api/student-api";

export const POST = sessionJoin;
