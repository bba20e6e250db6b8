import { createHmac } from "node:crypto";
import { authSecret, env } from "@/lib/env";
import { clientAddress } from "./client-address";

/**
 * A rate-limit key for the client of a request: its address as TRUSTED_PROXY_HOPS says to read
 * it (client-address.ts). The address is never stored: only a keyed, truncated hash of it,
 * which changes with the secret and cannot be reversed into an IP.
 */
export function clientKey(
  request: { headers: Pick<Headers, "get"> },
  trustedHops: number = env().TRUSTED_PROXY_HOPS,
): string {
  return createHmac("sha256", authSecret())
    .update(`client:${clientAddress(request.headers, trustedHops)}`)
    .digest("base64url")
    .slice(0, 16);
}
