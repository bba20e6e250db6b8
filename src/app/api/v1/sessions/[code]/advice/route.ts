import { sessionAdvice } from "@/features/classroom/server/api/student-api";

export const POST = sessionAdvice;
