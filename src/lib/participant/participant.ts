// The current student's Participant, from the device cookie. Route handlers and server
// actions call getOrCreateParticipant (it may set the cookie); pages only read.
import { cookies } from "next/headers";
import { getDb } from "@/lib/db";
import { authSecret, env } from "@/lib/env";
import {
  newDeviceKey,
  PARTICIPANT_COOKIE,
  PARTICIPANT_COOKIE_MAX_AGE,
  participantIdFor,
  signDeviceKey,
  verifyDeviceKey,
} from "./device-key";
import { AppError } from "@/lib/http/errors";
import {
  PREVIEW_COOKIE,
  PREVIEW_MAX_AGE_SECONDS,
  signPreview,
  verifyPreview,
} from "./preview-cookie";
import { SCHOOL_COOKIE, signSchool, verifySchool } from "./school-cookie";

type CookieJar = Awaited<ReturnType<typeof cookies>>;

async function readDeviceKey(): Promise<string | undefined> {
  const jar = await cookies();
  return verifyDeviceKey(authSecret(), jar.get(PARTICIPANT_COOKIE)?.value);
}

function cookieOptions(maxAge: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: env().APP_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge,
  };
}

/** This browser's device key, or undefined (no cookie, or a forged one). */
export async function currentDeviceKey(): Promise<string | undefined> {
  return readDeviceKey();
}

/**
 * Every participant id a device key can have: one per institution given, and the one outside
 * any institution (the open pathway).
 */
export function participantIdsOfDevice(key: string, institutionIds: string[]): string[] {
  return [null, ...institutionIds].map((id) => participantIdFor(authSecret(), key, id));
}

/**
 * Removes the device cookie and the school it remembers from this browser (expired cookies
 * with the same attributes): a forgotten device starts again as a new one.
 */
export async function clearDeviceCookie(): Promise<void> {
  const jar = await cookies();
  jar.set(PARTICIPANT_COOKIE, "", cookieOptions(0));
  jar.set(SCHOOL_COOKIE, "", cookieOptions(0));
}

/**
 * The school of a staff member trying the student screens in this browser ("Try it as a
 * student"), or undefined for a student. While it is set, nothing a student writes is stored.
 */
export async function studentPreviewSchool(): Promise<string | undefined> {
  const jar = await cookies();
  return verifyPreview(authSecret(), jar.get(PREVIEW_COOKIE)?.value, Date.now());
}

/** Starts a preview for a staff member's school; the caller has checked their permission. */
export async function startStudentPreview(institutionId: string): Promise<void> {
  const jar = await cookies();
  const expiresAt = Date.now() + PREVIEW_MAX_AGE_SECONDS * 1000;
  jar.set(
    PREVIEW_COOKIE,
    signPreview(authSecret(), institutionId, expiresAt),
    cookieOptions(PREVIEW_MAX_AGE_SECONDS),
  );
}

/** Ends the preview: this browser writes like a student's again. */
export async function endStudentPreview(): Promise<void> {
  const jar = await cookies();
  jar.set(PREVIEW_COOKIE, "", cookieOptions(0));
}

/** The participant id of this browser in an institution, without creating anything. */
export async function currentParticipantId(
  institutionId: string | null,
): Promise<string | undefined> {
  const key = await readDeviceKey();
  return key ? participantIdFor(authSecret(), key, institutionId) : undefined;
}

/** The school this device belongs to (see school-cookie.ts), when it has one. */
export async function knownSchoolId(): Promise<string | undefined> {
  const jar = await cookies();
  return verifySchool(authSecret(), jar.get(SCHOOL_COOKIE)?.value);
}

function rememberSchoolIn(jar: CookieJar, institutionId: string): void {
  if (verifySchool(authSecret(), jar.get(SCHOOL_COOKIE)?.value) === institutionId) return;
  jar.set(
    SCHOOL_COOKIE,
    signSchool(authSecret(), institutionId),
    cookieOptions(PARTICIPANT_COOKIE_MAX_AGE),
  );
}

/** Remembers the student's school on this device: the latest code they used wins. */
export async function rememberSchool(institutionId: string): Promise<void> {
  rememberSchoolIn(await cookies(), institutionId);
}

/**
 * This browser's participant id in an institution, setting the cookie when it is new. The
 * Participant row is not written here: a caller that stores something for the participant
 * inserts the row in the same transaction (createMany with skipDuplicates), so a failed write
 * leaves nothing behind and costs one commit, not two. A device that becomes a participant of
 * a school (a survey answered, a session joined) remembers that school from then on, so the
 * pathway, a reload or another day keeps it.
 */
export async function participantIdForDevice(institutionId: string | null): Promise<string> {
  // A preview never becomes a participant: whatever would link to one is refused.
  if (await studentPreviewSchool()) {
    throw new AppError("preview_not_stored", "This is a preview: nothing is stored.");
  }
  const jar = await cookies();
  let key = verifyDeviceKey(authSecret(), jar.get(PARTICIPANT_COOKIE)?.value);
  if (!key) {
    key = newDeviceKey();
    jar.set(
      PARTICIPANT_COOKIE,
      signDeviceKey(authSecret(), key),
      cookieOptions(PARTICIPANT_COOKIE_MAX_AGE),
    );
  }
  if (institutionId) rememberSchoolIn(jar, institutionId);
  return participantIdFor(authSecret(), key, institutionId);
}

/** This browser's participant in an institution; sets the cookie and row when new. */
export async function getOrCreateParticipant(institutionId: string | null): Promise<string> {
  const id = await participantIdForDevice(institutionId);
  const db = await getDb();
  // INSERT ... ON CONFLICT DO NOTHING: a phone's parallel first requests (a retried submit)
  // create the row once. Prisma's upsert is a read then an insert here, which races.
  await db.participant.createMany({ data: [{ id, institutionId }], skipDuplicates: true });
  return id;
}
