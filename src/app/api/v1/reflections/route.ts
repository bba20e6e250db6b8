import { reflectionSubmit } from "@/features/pathway/server";

export const POST = reflectionSubmit;
