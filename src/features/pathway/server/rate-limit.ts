import { RATE_LIMITS } from "@/lib/http";

/** Writing endpoints of the pathway: the numbers live in src/lib/http/rate-limit-rules.ts. */
export const WRITING_RATE_LIMIT = RATE_LIMITS.pathwayWriting;
