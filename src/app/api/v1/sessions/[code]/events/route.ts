import { sessionEventStream } from "@/features/classroom/server";

export const dynamic = "force-dynamic";

export const GET = sessionEventStream;
