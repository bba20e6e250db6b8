import { createHmac } from "node:crypto";
import { authSecret } from "@/lib/env";

/**
 * A rate-limit key for the client of a request. The address is never stored: only a keyed,
 * truncated hash of it, which changes with the secret and cannot be reversed into an IP.
 */
export function clientKey(request: { headers: Pick<Headers, "get"> }): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || request.headers.get("x-real-ip") || "unknown";
  return createHmac("sha256", authSecret())
    .update(`client:${address}`)
    .digest("base64url")
    .slice(0, 16);
}
