// next-auth's endpoints, with the per-client sign-in pause in front of the password callback:
// a paused client gets a 429 problem with Retry-After before any password is checked.
import "server-only";
import type { NextRequest } from "next/server";
import { clientKey } from "@/lib/http/client-key";
import { withProblems } from "@/lib/http/problem";
import { withRequestLog } from "@/lib/log";
import { handlers, PASSWORD_PROVIDER } from "./next-auth";
import { refusePausedClient } from "./sign-in-limits";

export const GET = withRequestLog((request) => handlers.GET(request as NextRequest));

export const POST = withProblems(async (request: Request) => {
  if (new URL(request.url).pathname.endsWith(`/callback/${PASSWORD_PROVIDER}`)) {
    await refusePausedClient(clientKey(request));
  }
  return handlers.POST(request as NextRequest);
});
