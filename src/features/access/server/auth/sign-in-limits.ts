// The per-client side of the sign-in limits (domain/sign-in-throttle.ts explains all three),
// counted in the shared rate-limit table so they hold across app instances.
import { AppError } from "@/lib/http/errors";
import { hitRateLimit, peekRateLimit, type RateLimitResult } from "@/lib/http/rate-limit";
import { SIGN_IN_LIMITS } from "../../domain/sign-in-throttle";
import { hashToken } from "../../domain/tokens";

// The address typed, hashed: the same key whether or not it has an account, so the check
// costs the same either way and no address is written to the table.
const accountClientKey = (email: string, client: string) =>
  `${hashToken(email).slice(0, 32)}:${client}`;

/** Whether a client may try a password at all, and for how long it may not. */
export function signInPause(client: string, now: Date = new Date()): Promise<RateLimitResult> {
  return peekRateLimit(SIGN_IN_LIMITS.client, client, now);
}

/** Whether this client may still try passwords for this address. */
export async function accountOpenTo(email: string, client: string, now: Date): Promise<boolean> {
  return (await peekRateLimit(SIGN_IN_LIMITS.accountClient, accountClientKey(email, client), now))
    .allowed;
}

/** Counts one wrong password (or a refused attempt) against the client and the address. */
export async function countSignInFailure(email: string, client: string, now: Date): Promise<void> {
  await hitRateLimit(SIGN_IN_LIMITS.client, client, now);
  await hitRateLimit(SIGN_IN_LIMITS.accountClient, accountClientKey(email, client), now);
}

/** For HTTP callers: a 429 problem with Retry-After while the client is paused. */
export async function refusePausedClient(client: string): Promise<void> {
  const pause = await signInPause(client);
  if (pause.allowed) return;
  throw new AppError(
    "rate_limited",
    "Too many wrong passwords from this address. Try again later.",
    { retryAfterSeconds: pause.retryAfterSeconds },
  );
}
