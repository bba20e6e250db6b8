import type { RateLimitRule } from "@/lib/http";

/**
 * Writing endpoints per client address (hashed, never stored as is). Generous: a whole class
 * behind one school network writes at the same time; this only stops a runaway script.
 */
export const WRITING_RATE_LIMIT: RateLimitRule = {
  name: "pathway-writing",
  limit: 300,
  windowSeconds: 60,
};
