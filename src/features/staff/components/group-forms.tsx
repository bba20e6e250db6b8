"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import {
  archiveGroupFromForm,
  assignTeachersFromForm,
  createGroupFromForm,
  updateGroupFromForm,
} from "../actions/groups";
import { IDLE } from "@/lib/forms/form-state";
import { NAME_MAX } from "../schemas";
import type { GroupView } from "../server/groups/group-scope";
import type { StaffMemberOption } from "../server/groups/list-staff-members";
import {
  CheckboxGroup,
  FormMessage,
  SubmitButton,
  TextField,
  type NoticeOf,
} from "@/components/forms/form-parts";

/** Create a group (no group given) or edit its details. */
export function GroupDetailsForm({ group }: { group?: GroupView }) {
  const t = useTranslations("staffGroups");
  const [state, action] = useActionState(group ? updateGroupFromForm : createGroupFromForm, IDLE);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {group ? <input type="hidden" name="groupId" value={group.id} /> : null}
      <FormMessage state={state} notices={(key: NoticeOf<"staffGroups">) => t(`notices.${key}`)} />
      <TextField
        state={state}
        name="name"
        label={t("fields.name")}
        hint={t("fields.nameHint")}
        defaultValue={group?.name}
        maxLength={NAME_MAX}
        required
      />
      <TextField
        state={state}
        name="programme"
        label={t("fields.programme")}
        defaultValue={group?.programme}
        maxLength={NAME_MAX}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          state={state}
          name="startDate"
          label={t("fields.startDate")}
          type="date"
          defaultValue={group?.startDate ?? ""}
        />
        <TextField
          state={state}
          name="expectedSize"
          label={t("fields.expectedSize")}
          type="number"
          inputMode="numeric"
          min={1}
          max={1000}
          defaultValue={group?.expectedSize?.toString() ?? ""}
        />
      </div>
      <SubmitButton className="self-start">{group ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}

export function TeachersForm({ group, staff }: { group: GroupView; staff: StaffMemberOption[] }) {
  const t = useTranslations("staffGroups");
  const tRoles = useTranslations("staff.roles");
  const [state, action] = useActionState(assignTeachersFromForm, IDLE);
  const assigned = new Set(group.teachers.map((teacher) => teacher.id));
  if (staff.length === 0) return <p className="text-muted">{t("noStaff")}</p>;
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="groupId" value={group.id} />
      <FormMessage state={state} notices={(key: NoticeOf<"staffGroups">) => t(`notices.${key}`)} />
      <CheckboxGroup
        state={state}
        name="teacherIds"
        label={t("teachersTitle")}
        legendClassName="sr-only"
        checked={(userId) => assigned.has(userId)}
        options={staff.map((member) => ({
          value: member.userId,
          label: (
            <span className="break-all">
              {member.name ?? member.email}{" "}
              <span className="text-sm text-muted">({tRoles(member.role)})</span>
            </span>
          ),
        }))}
      />
      <SubmitButton variant="secondary" className="self-start">
        {t("saveTeachers")}
      </SubmitButton>
    </form>
  );
}

export function ArchiveForm({ group }: { group: GroupView }) {
  const t = useTranslations("staffGroups");
  const [state, action] = useActionState(archiveGroupFromForm, IDLE);
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      <input type="hidden" name="groupId" value={group.id} />
      <input type="hidden" name="archived" value={group.archived ? "false" : "true"} />
      <FormMessage state={state} notices={(key: NoticeOf<"staffGroups">) => t(`notices.${key}`)} />
      <p className="text-muted">{group.archived ? t("restoreText") : t("archiveText")}</p>
      <Button type="submit" variant={group.archived ? "secondary" : "danger"}>
        {group.archived ? t("restore") : t("archive")}
      </Button>
    </form>
  );
}
