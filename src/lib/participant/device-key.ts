// A student has no account. Their browser keeps one random device key in a signed, httpOnly
// cookie; the Participant id for an institution is derived from it with a keyed hash, so the
// same phone is the same participant within one school (baseline and follow-up link up) but
// cannot be linked across schools, and the database never holds the key itself.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const PARTICIPANT_COOKIE = "belong_device";
/** A school year and a bit: long enough to link a baseline with its follow-up. */
export const PARTICIPANT_COOKIE_MAX_AGE = 60 * 60 * 24 * 400;

function mac(secret: string, purpose: string, value: string): string {
  return createHmac("sha256", secret).update(`${purpose}:${value}`).digest("base64url");
}

export function newDeviceKey(): string {
  return randomBytes(18).toString("base64url");
}

export function signDeviceKey(secret: string, key: string): string {
  return `${key}.${mac(secret, "device", key)}`;
}

/** The device key of a cookie value, or undefined when it is missing or forged. */
export function verifyDeviceKey(secret: string, cookie: string | undefined): string | undefined {
  if (!cookie) return undefined;
  const [key, signature, ...rest] = cookie.split(".");
  if (!key || !signature || rest.length || !/^[\w-]{24}$/.test(key)) return undefined;
  const expected = Buffer.from(mac(secret, "device", key));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? key : undefined;
}

/** The participant id of a device in an institution (or outside any, for the open pathway). */
export function participantIdFor(
  secret: string,
  key: string,
  institutionId: string | null,
): string {
  return `p_${mac(secret, "participant", `${institutionId ?? "-"}:${key}`).slice(0, 32)}`;
}
