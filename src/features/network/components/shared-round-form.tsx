"use client";

import { useActionState } from "react";
import { SelectField, SubmitButton, TextField } from "@/components/forms/form-parts";
import type { FormState } from "@/lib/forms/form-state";
import { defineSharedRoundFromForm } from "../actions/shared-round-actions";
import { NO_ERRORS, SHARED_ROUND_KINDS, type SharedRoundError } from "../domain/shared-rounds";

/** Every word of the form, translated on the server: this page sends no messages to the browser. */
export interface SharedRoundFormText {
  fields: Record<"name" | "surveyKey" | "kind" | "opensOn" | "closesOn" | "baselineId", string>;
  hints: Record<"name" | "days" | "baselineId", string>;
  /** The name of the first and last day together. */
  days: string;
  kinds: Record<(typeof SHARED_ROUND_KINDS)[number], string>;
  noBaseline: string;
  submit: string;
  errors: Record<SharedRoundError, string>;
}

interface Props {
  networkId: string;
  surveys: { key: string; title: string }[];
  baselines: { id: string; name: string }[];
  text: SharedRoundFormText;
}

/** The lead defines a shared round once; each field shows its own refusal after a submit. */
export function SharedRoundForm({ networkId, surveys, baselines, text }: Props) {
  const [state, action] = useActionState(defineSharedRoundFromForm, NO_ERRORS);
  // The staff form kit marks a field from its state; the sentence is this form's own.
  const kit: FormState = {
    status: Object.keys(state.errors).length > 0 ? "error" : "idle",
    errors: Object.fromEntries(Object.keys(state.errors).map((field) => [field, "invalid"])),
    values: state.values,
  };
  const error = (field: string) => {
    const key = state.errors[field];
    return key ? text.errors[key] : undefined;
  };
  const field = (name: keyof SharedRoundFormText["fields"]) => ({
    state: kit,
    name,
    label: text.fields[name],
    errorText: error(name),
  });
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {error("form") ? (
        <p role="alert" className="rounded-xl bg-accent-soft px-4 py-3 font-bold text-danger">
          {error("form")}
        </p>
      ) : null}
      <input type="hidden" name="networkId" value={networkId} />
      <TextField {...field("name")} hint={text.hints.name} maxLength={120} required />
      <SelectField {...field("surveyKey")} defaultValue={surveys[0]?.key}>
        {surveys.map((survey) => (
          <option key={survey.key} value={survey.key}>
            {survey.title}
          </option>
        ))}
      </SelectField>
      <SelectField {...field("kind")} defaultValue="BASELINE">
        {SHARED_ROUND_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {text.kinds[kind]}
          </option>
        ))}
      </SelectField>
      {/* One hint for both days: said once, for the pair. */}
      <fieldset aria-describedby={`${networkId}-days-hint`} className="flex flex-col gap-2">
        <legend className="font-bold">{text.days}</legend>
        <p id={`${networkId}-days-hint`} className="text-sm text-muted">
          {text.hints.days}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...field("opensOn")} type="date" required />
          <TextField {...field("closesOn")} type="date" required />
        </div>
      </fieldset>
      <SelectField {...field("baselineId")} hint={text.hints.baselineId} defaultValue="">
        <option value="">{text.noBaseline}</option>
        {baselines.map((round) => (
          <option key={round.id} value={round.id}>
            {round.name}
          </option>
        ))}
      </SelectField>
      <SubmitButton className="self-start">{text.submit}</SubmitButton>
    </form>
  );
}
