import { sessionAdvice } from "@/features/classroom/server";

export const POST = sessionAdvice;
