// "Try it as a student": a teacher walks through the phone screens and the pathway as a
// student would, and nothing is stored or counted. The browser carries a signed, short-lived
// preview cookie naming the teacher's school; while it is valid every student write answers
// as it would (so the screens behave as for a student) and stores nothing. Only a staff
// action can sign one, so a student cannot switch their own writing off by accident.
import { createHmac, timingSafeEqual } from "node:crypto";

export const PREVIEW_COOKIE = "belong_preview";
/** Long enough for a training's live demo; after that the browser is a student's again. */
export const PREVIEW_MAX_AGE_SECONDS = 60 * 60;

function mac(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(`preview:${payload}`).digest("base64url");
}

/** A preview for `institutionId` that ends at `expiresAt` (milliseconds since the epoch). */
export function signPreview(secret: string, institutionId: string, expiresAt: number): string {
  const payload = `${institutionId}.${Math.floor(expiresAt)}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** The school of a preview cookie still valid at `now`; undefined if missing, forged or over. */
export function verifyPreview(
  secret: string,
  cookie: string | undefined,
  now: number,
): string | undefined {
  if (!cookie) return undefined;
  const [institutionId, expires, signature, ...rest] = cookie.split(".");
  if (!institutionId || !expires || !signature || rest.length) return undefined;
  if (!/^[\w-]{1,64}$/.test(institutionId) || !/^\d{1,15}$/.test(expires)) return undefined;
  const expected = Buffer.from(mac(secret, `${institutionId}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  return Number(expires) > now ? institutionId : undefined;
}
