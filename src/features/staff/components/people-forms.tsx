"use client";

import { useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, Input } from "@/components/ui";
import { Dialog } from "@/components/ui/dialog";
import {
  changeRoleFromForm,
  invitePersonFromForm,
  removeMemberFromForm,
  revokeInvitationFromForm,
} from "../actions/people";
import { STAFF_ROLES } from "@/features/access";
import { IDLE } from "@/lib/forms/form-state";
import type { MemberView } from "../server/people/list-people";
import { EndSessionsForm } from "./end-sessions-form";
import { FormMessage, SubmitButton, TextField, type NoticeOf } from "@/components/forms/form-parts";
import { PersonalDataControls } from "./personal-data-controls";

export function InviteForm() {
  const t = useTranslations("staffPeople");
  const tRoles = useTranslations("staff.roles");
  const tErrors = useTranslations("staff.errors");
  const linkId = useId();
  const [state, action] = useActionState(invitePersonFromForm, IDLE);
  const link = state.status === "success" ? state.output?.link : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage
        state={state}
        notices={(key: NoticeOf<"staffPeople">) =>
          t(`notices.${key}`, { email: state.output?.email ?? "" })
        }
      />
      {link ? (
        <div className="flex flex-col gap-2 rounded-xl border-2 border-brand p-4">
          <label htmlFor={linkId} className="font-bold">
            {t("linkTitle")}
          </label>
          <p className="text-sm text-muted">{t("linkText")}</p>
          <Input id={linkId} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <TextField
        state={state}
        name="email"
        label={t("email")}
        type="email"
        autoComplete="off"
        required
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-bold">{t("role")}</legend>
        {STAFF_ROLES.map((role) => (
          <label
            key={role}
            className="flex cursor-pointer gap-3 rounded-xl border-2 border-line p-3 has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
          >
            <input
              type="radio"
              name="role"
              value={role}
              defaultChecked={(state.values.role ?? "TEACHER") === role}
              className="mt-1 size-5 shrink-0 accent-brand"
            />
            <span>
              <span className="block font-bold">{tRoles(role)}</span>
              <span className="block text-sm text-muted">{t(`roleHints.${role}`)}</span>
            </span>
          </label>
        ))}
        {state.errors.role ? (
          <p role="alert" className="text-sm font-bold text-danger">
            {tErrors(state.errors.role)}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton className="self-start">{t("invite")}</SubmitButton>
    </form>
  );
}

function RoleForm({ member, label }: { member: MemberView; label: string }) {
  const t = useTranslations("staffPeople");
  const tRoles = useTranslations("staff.roles");
  const [state, action] = useActionState(changeRoleFromForm, IDLE);
  const selectId = useId();
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="membershipId" value={member.membershipId} />
      <label htmlFor={selectId} className="sr-only">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <select
          id={selectId}
          name="role"
          defaultValue={member.role}
          className="min-h-11 rounded-xl border-2 border-line bg-surface px-3 py-2 text-ink"
        >
          {STAFF_ROLES.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </select>
        <SubmitButton variant="secondary">{t("changeRole")}</SubmitButton>
      </div>
      <FormMessage state={state} notices={(key: NoticeOf<"staffPeople">) => t(`notices.${key}`)} />
    </form>
  );
}

/** The staff list, with one confirmation dialog shared by every "Remove". */
export function MemberList({ members, selfId }: { members: MemberView[]; selfId: string }) {
  const t = useTranslations("staffPeople");
  const [removing, setRemoving] = useState<MemberView | null>(null);
  const [state, action] = useActionState(async (prev: typeof IDLE, formData: FormData) => {
    const next = await removeMemberFromForm(prev, formData);
    if (next.status === "success") setRemoving(null);
    return next;
  }, IDLE);
  const nameOf = (m: MemberView) => m.name ?? m.email;
  return (
    <>
      <FormMessage state={state} notices={(key: NoticeOf<"staffPeople">) => t(`notices.${key}`)} />
      <ul className="flex flex-col divide-y divide-line">
        {members.map((member) => (
          <li key={member.membershipId} className="flex flex-col gap-3 py-4">
            <div className="min-w-0">
              <p className="font-bold break-words">
                {member.name ?? t("noName")}{" "}
                {member.userId === selfId ? (
                  <span className="font-normal text-muted">{t("you")}</span>
                ) : null}
              </p>
              <p className="text-sm break-words text-muted">{member.email}</p>
            </div>
            <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
              <RoleForm member={member} label={t("roleFor", { name: nameOf(member) })} />
              <Button variant="ghost" onClick={() => setRemoving(member)}>
                {t("remove")}
                <span className="sr-only">: {nameOf(member)}</span>
              </Button>
              <EndSessionsForm membershipId={member.membershipId} name={nameOf(member)} />
              <PersonalDataControls membershipId={member.membershipId} name={nameOf(member)} />
            </div>
          </li>
        ))}
      </ul>
      <Dialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={removing ? t("removeTitle", { name: nameOf(removing) }) : ""}
        actions={
          removing ? (
            <form action={action}>
              <input type="hidden" name="membershipId" value={removing.membershipId} />
              <SubmitButton variant="danger">{t("confirmRemove")}</SubmitButton>
            </form>
          ) : null
        }
      >
        <p>{removing ? t("removeText", { name: nameOf(removing) }) : null}</p>
      </Dialog>
    </>
  );
}

export function RevokeInvitationForm({
  invitationId,
  email,
}: {
  invitationId: string;
  email: string;
}) {
  const t = useTranslations("staffPeople");
  const [state, action] = useActionState(revokeInvitationFromForm, IDLE);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton variant="ghost" aria-label={t("revokeLabel", { email })}>
        {t("revoke")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
