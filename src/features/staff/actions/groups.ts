"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { assignTeachersSchema, groupIdSchema, groupSchema } from "../schemas";
import { assignTeachers } from "../server/groups/assign-teachers";
import { createGroup } from "../server/groups/create-group";
import { setGroupArchived } from "../server/groups/set-group-archived";
import { updateGroup } from "../server/groups/update-group";
import { staffContext } from "@/features/access/server";
import { guarded, parseForm, succeeded } from "@/lib/forms/form-action";

export async function createGroupFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const parsed = parseForm(groupSchema, formData);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, async () => {
    const ctx = await staffContext("groups:write");
    await createGroup(ctx, parsed.data);
    redirect(`/${locale}/staff/groups?notice=created`);
  });
}

export async function updateGroupFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(groupSchema.extend(groupIdSchema.shape), formData);
  if (!parsed.ok) return parsed.state;
  const { groupId, ...fields } = parsed.data;
  return guarded(parsed.values, async () => {
    await updateGroup(await staffContext("groups:write"), groupId, fields);
    refresh();
    return succeeded("saved");
  });
}

const archiveSchema = groupIdSchema.extend({ archived: z.enum(["true", "false"]) });

export async function archiveGroupFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(archiveSchema, formData);
  if (!parsed.ok) return parsed.state;
  const archived = parsed.data.archived === "true";
  return guarded(parsed.values, async () => {
    await setGroupArchived(await staffContext("groups:write"), parsed.data.groupId, archived);
    refresh();
    return succeeded(archived ? "archived" : "restored");
  });
}

export async function assignTeachersFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(assignTeachersSchema, formData, ["teacherIds"]);
  if (!parsed.ok) return parsed.state;
  const { groupId, teacherIds } = parsed.data;
  return guarded(parsed.values, async () => {
    await assignTeachers(await staffContext("groups:write"), groupId, teacherIds);
    refresh();
    return succeeded("teachersSaved");
  });
}
