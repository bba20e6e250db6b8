// next-auth's endpoints (CSRF token, callbacks of the sign-in link, session, sign-out).
import type { NextRequest } from "next/server";
import { handlers } from "@/features/staff/server/auth/next-auth";
import { withRequestLog } from "@/lib/log";

export const GET = withRequestLog((request) => handlers.GET(request as NextRequest));
export const POST = withRequestLog((request) => handlers.POST(request as NextRequest));
