import { studentRound } from "@/features/survey/server";

export const dynamic = "force-dynamic";

export const GET = studentRound;
