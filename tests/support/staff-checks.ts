// Checks shared by the staff tests: what a refusal was, and whether anything changed.
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/http";

/** The AppError code a call was refused with, or undefined when it went through. */
export async function refusalOf(call: Promise<unknown>): Promise<string | undefined> {
  try {
    await call;
    return undefined;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

/** Every staff row of an institution, as one string to compare before and after. */
export async function institutionSnapshot(institutionId: string): Promise<string> {
  const db = await getDb();
  const [institution, groups, teachers, memberships, invitations, audit] = await Promise.all([
    db.institution.findUnique({ where: { id: institutionId } }),
    db.group.findMany({ where: { institutionId }, orderBy: { id: "asc" } }),
    db.groupTeacher.findMany({
      where: { group: { institutionId } },
      orderBy: [{ groupId: "asc" }, { userId: "asc" }],
    }),
    db.membership.findMany({ where: { institutionId }, orderBy: { id: "asc" } }),
    db.invitation.findMany({ where: { institutionId }, orderBy: { id: "asc" } }),
    db.auditEvent.findMany({ where: { institutionId }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ institution, groups, teachers, memberships, invitations, audit });
}

/** What a Next navigation helper threw: its digest names a redirect target or a 404. */
export async function thrownDigest(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
  } catch (error) {
    return String((error as { digest?: string }).digest);
  }
  throw new Error("expected a throw");
}
