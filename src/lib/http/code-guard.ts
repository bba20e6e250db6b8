// Public codes (a survey round's, a classroom session's) are short enough to guess, so every
// lookup of one goes through here, counted per client (client-key.ts).
import { AppError, isAppError } from "./errors";
import { hitRateLimit, peekRateLimit, releaseRateLimit, type RateLimitRule } from "./rate-limit";

/**
 * Looks up a code for a client; `lookup` gives undefined (or throws a not_found AppError) for
 * a wrong code. Each lookup takes a place in the client's budget before it runs and gives it
 * back when the code was right, so only wrong codes stay counted, and a burst of parallel
 * guesses is counted as it arrives rather than after it is answered. Over the budget, every
 * lookup is refused with a 429 rate_limited (Retry-After), a right code too: otherwise the
 * answer to a right guess would still tell it apart.
 */
export async function lookUpCode<T>(
  rule: RateLimitRule,
  client: string,
  lookup: () => Promise<T | undefined | null>,
): Promise<T | undefined> {
  const attempt = await hitRateLimit(rule, client);
  if (!attempt.allowed) throw tooManyWrongCodes(attempt.retryAfterSeconds);
  let found: T | undefined | null;
  try {
    found = await lookup();
  } catch (error) {
    if (!(isAppError(error) && error.code === "not_found")) {
      await releaseRateLimit(rule, client, attempt.windowStart);
    }
    throw error;
  }
  if (found === undefined || found === null) return undefined;
  await releaseRateLimit(rule, client, attempt.windowStart);
  return found;
}

/**
 * A code for a page a whole class opens within minutes: a right one this process already
 * resolved (`remembered`) costs one read of the client's wrong-code budget and no write, and is
 * refused exactly when lookUpCode would refuse it (a count already at the budget: AppError
 * rate_limited). Any other code goes through `lookUp` (which uses lookUpCode, and counts it).
 */
export async function lookUpCodeForView<T>(
  rule: RateLimitRule,
  client: string,
  remembered: T | undefined,
  lookUp: () => Promise<T | undefined>,
): Promise<T | undefined> {
  if (remembered === undefined) return lookUp();
  const budget = await peekRateLimit(rule, client);
  if (!budget.allowed) throw tooManyWrongCodes(budget.retryAfterSeconds);
  return remembered;
}

export function tooManyWrongCodes(retryAfterSeconds: number): AppError {
  return new AppError("rate_limited", "Too many wrong codes. Please wait a few minutes.", {
    retryAfterSeconds,
  });
}

/** Whether an error is the refusal above (pages show a kind message instead of the code's). */
export function isTooManyWrongCodes(error: unknown): boolean {
  return isAppError(error) && error.code === "rate_limited";
}
