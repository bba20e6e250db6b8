// Wraps a staff JSON route handler: the permission it needs, the caller's context, and
// problem+json for every error. Writes from another site are refused (on top of the
// SameSite session cookie and the JSON content type).
import "server-only";
import { AppError, withProblems } from "@/lib/http";
import type { Permission } from "../domain/permissions";
import { staffContext } from "./require-staff";
import type { StaffContext } from "./staff-context";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers.get("sec-fetch-site") === "cross-site") throw crossSite();
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw crossSite();
  }
  if (!host || originHost !== host) throw crossSite();
}

function crossSite(): AppError {
  return new AppError("forbidden", "Requests from other sites are not accepted.");
}

export function staffRoute<Args extends unknown[]>(
  permission: Permission,
  handler: (ctx: StaffContext, request: Request, ...args: Args) => Promise<Response>,
): (request: Request, ...args: Args) => Promise<Response> {
  return withProblems(async (request: Request, ...args: Args) => {
    assertSameOrigin(request);
    const ctx = await staffContext(permission);
    return handler(ctx, request, ...args);
  });
}
