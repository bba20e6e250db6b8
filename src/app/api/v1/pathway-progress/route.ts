import { pathwayProgress } from "@/features/pathway/server";

export const POST = pathwayProgress;
