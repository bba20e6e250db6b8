import { schoolCode } from "@/features/pathway/server";

export const dynamic = "force-dynamic";

export const POST = schoolCode;
