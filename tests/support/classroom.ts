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

/** Reads server-sent events from a response body until `until` says stop (or time runs out). */
export async function readEvents(
  response: Response,
  until: (events: { id?: string; event?: string; data: unknown }[]) => boolean,
  timeoutMs = 5_000,
) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: { id?: string; event?: string; data: unknown }[] = [];
  let buffer = "";
  const deadline = Date.now() + timeoutMs;
  try {
    while (!until(events) && Date.now() < deadline) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<{ done: true; value: undefined }>((resolve) =>
          setTimeout(() => resolve({ done: true, value: undefined }), deadline - Date.now()),
        ),
      ]);
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event: { id?: string; event?: string; data: unknown } = { data: undefined };
        for (const line of block.split("\n")) {
          if (line.startsWith("id: ")) event.id = line.slice(4);
          else if (line.startsWith("event: ")) event.event = line.slice(7);
          else if (line.startsWith("data: ")) event.data = JSON.parse(line.slice(6));
        }
        if (event.data !== undefined) events.push(event);
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return events;
}
