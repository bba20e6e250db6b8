// Idempotent writes keyed by a client's submissionId: a retried or doubled submit (a phone
// that lost its connection, a double tap, a queue replayed) stores one row and gets the first
// result back, also when the copies arrive at the same moment.
import { isUniqueViolation } from "./unique-violation";

/**
 * Returns the stored row if there is one; otherwise creates it. When a concurrent copy wins
 * the race (the unique constraint refuses the second insert), returns the winner's row.
 */
export async function createOnce<T>(
  find: () => Promise<T | null>,
  create: () => Promise<T>,
): Promise<{ row: T; created: boolean }> {
  const existing = await find();
  if (existing) return { row: existing, created: false };
  try {
    return { row: await create(), created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await find();
    if (!winner) throw error;
    return { row: winner, created: false };
  }
}
