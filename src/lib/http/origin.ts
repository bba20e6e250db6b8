// The public address of this installation, for links students scan or type.
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** APP_URL, or the origin the request came to. */
export function publicOrigin(request: Request): string {
  return env().APP_URL ?? new URL(request.url).origin;
}

/** The same for a page (no Request there): APP_URL, or the Host the page came to. */
export async function pageOrigin(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${proto.split(",")[0]}://${host.split(",")[0]}`;
}
