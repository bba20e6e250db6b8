// The school a student's device belongs to, remembered once the student has answered a survey,
// joined a classroom session or typed a code their school gave them. Without it, what a
// student writes on the pathway would reach no one: every write needs a school that will see
// it. The cookie holds the institution's id (not personal) with a keyed signature, so a
// browser cannot point its writing at a school whose code it never had.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SCHOOL_COOKIE = "belong_school";

function mac(secret: string, institutionId: string): string {
  return createHmac("sha256", secret).update(`school:${institutionId}`).digest("base64url");
}

export function signSchool(secret: string, institutionId: string): string {
  return `${institutionId}.${mac(secret, institutionId)}`;
}

/** The institution id of a cookie value, or undefined when it is missing or forged. */
export function verifySchool(secret: string, cookie: string | undefined): string | undefined {
  if (!cookie) return undefined;
  const [institutionId, signature, ...rest] = cookie.split(".");
  if (!institutionId || !signature || rest.length || !/^[\w-]{1,64}$/.test(institutionId)) {
    return undefined;
  }
  const expected = Buffer.from(mac(secret, institutionId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given)
    ? institutionId
    : undefined;
}
