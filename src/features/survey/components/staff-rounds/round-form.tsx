"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import {
  CheckboxGroup,
  FormMessage,
  SelectField,
  SubmitButton,
  TextField,
} from "@/components/forms/form-parts";
import { IDLE } from "@/lib/forms/form-state";
import { createRoundFromForm } from "../../actions/rounds";
import { roundKinds } from "../../schemas";

interface Option {
  id: string;
  name: string;
}

interface RoundFormProps {
  surveys: { key: string; title: string }[];
  groups: Option[];
  baselines: (Option & { code: string })[];
  /** The institution's zone, in which the typed times are read. */
  timeZone: string;
}

/** A new round. Errors come back from the server next to each field, with what was typed. */
export function RoundForm({ surveys, groups, baselines, timeZone }: RoundFormProps) {
  const t = useTranslations("staffRounds");
  const [state, action] = useActionState(createRoundFromForm, IDLE);
  const kept = new Set((state.values.groupIds ?? "").split(","));
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <TextField
        state={state}
        name="name"
        label={t("fields.name")}
        hint={t("fields.nameHint")}
        errorText={t("errors.name")}
        maxLength={120}
        required
      />
      <SelectField
        state={state}
        name="surveyKey"
        label={t("fields.surveyKey")}
        errorText={t("errors.surveyKey")}
      >
        {surveys.map((survey) => (
          <option key={survey.key} value={survey.key}>
            {survey.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        state={state}
        name="kind"
        label={t("fields.kind")}
        hint={t("fields.kindHint")}
        errorText={t("errors.kind")}
        defaultValue="BASELINE"
      >
        {roundKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxGroup
        state={state}
        name="groupIds"
        label={t("fields.groupIds")}
        hint={t("fields.groupIdsHint")}
        errorText={t("errors.groupIds")}
        // The action sends the ticked groups back as one list after an error.
        checked={(id) => kept.has(id)}
        options={groups.map((group) => ({ value: group.id, label: group.name }))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {(["opensAt", "closesAt"] as const).map((name) => (
          <TextField
            key={name}
            state={state}
            name={name}
            type="datetime-local"
            label={t(`fields.${name}`)}
            hint={t("fields.timeHint", { zone: timeZone })}
            errorText={t(`errors.${name}`)}
            required
          />
        ))}
      </div>
      <SelectField
        state={state}
        name="baselineRoundId"
        label={t("fields.baselineRoundId")}
        hint={t("fields.baselineHint")}
        errorText={t("errors.baselineRoundId")}
        defaultValue=""
      >
        <option value="">{t("fields.noBaseline")}</option>
        {baselines.map((round) => (
          <option key={round.id} value={round.id}>
            {round.name} ({round.code})
          </option>
        ))}
      </SelectField>
      <SubmitButton className="self-start">{t("create")}</SubmitButton>
    </form>
  );
}
