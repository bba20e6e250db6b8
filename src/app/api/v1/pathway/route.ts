import { pathwayStudent } from "@/features/pathway/server";

export const dynamic = "force-dynamic";

export const GET = pathwayStudent;
