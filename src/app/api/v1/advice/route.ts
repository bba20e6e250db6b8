import { pathwayAdvice } from "@/features/pathway/server";

export const POST = pathwayAdvice;
