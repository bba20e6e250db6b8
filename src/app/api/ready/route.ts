import { readiness } from "@/features/health/server";

export const dynamic = "force-dynamic";

export const GET = readiness;
