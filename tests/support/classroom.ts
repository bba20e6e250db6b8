// A school with a group, its teacher and a running classroom session, for classroom tests.
import { startSession } from "@/features/classroom/server";
import { getDb } from "@/lib/db";
import { createGroup, createInstitution, createSignedInStaff } from "./factories";

export const SESSION_STORIES = ["amira-workshop", "theo-new-class"];

export async function createClassroomSchool() {
  const institution = await createInstitution();
  const group = await createGroup(institution.id);
  const teacher = await createSignedInStaff(institution.id, "TEACHER");
  const db = await getDb();
  await db.groupTeacher.create({ data: { groupId: group.id, userId: teacher.user.id } });
  return { institution, group, teacher: teacher.ctx };
}

export async function startTestSession(school: Awaited<ReturnType<typeof createClassroomSchool>>) {
  return startSession(school.teacher, {
    groupId: school.group.id,
    storySlugs: SESSION_STORIES,
    locale: "en",
  });
}

export { readEvents } from "./sse-reader";
