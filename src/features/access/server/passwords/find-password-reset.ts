import { getDb } from "@/lib/db";
import { hashToken, isExpired, looksLikeToken } from "../../domain/tokens";
import { userIdOfReset } from "./reset-token";

/** Whether a reset link can still be used. A used link is gone, so it reads as invalid. */
export async function findPasswordReset(token: string): Promise<"open" | "expired" | "invalid"> {
  if (!looksLikeToken(token)) return "invalid";
  const db = await getDb();
  const row = await db.verificationToken.findUnique({ where: { token: hashToken(token) } });
  if (!row || !userIdOfReset(row.identifier)) return "invalid";
  return isExpired(row.expires) ? "expired" : "open";
}
