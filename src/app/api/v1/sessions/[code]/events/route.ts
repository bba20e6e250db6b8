import { sessionEventStream } from "@/features/classroom/server/api/student-api";

export const dynamic = "force-dynamic";

export const GET = sessionEventStream;
