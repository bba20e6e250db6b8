"use client";

import { useActionState, useId, type ReactNode } from "react";
import { Button, Field, Input, cx, inputClasses } from "@/components/ui";
import { defineSharedRoundFromForm } from "../actions/shared-round-actions";
import {
  NO_ERRORS,
  SHARED_ROUND_KINDS,
  type SharedRoundError,
  type SharedRoundFormState,
} from "../domain/shared-rounds";

/** Every word of the form, translated on the server: this page sends no messages to the browser. */
export interface SharedRoundFormText {
  fields: Record<"name" | "surveyKey" | "kind" | "opensOn" | "closesOn" | "baselineId", string>;
  hints: Record<"name" | "days" | "baselineId", string>;
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

function Select({
  state,
  name,
  label,
  hint,
  error,
  defaultValue,
  children,
}: {
  state: SharedRoundFormState;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          // React resets a form after its action: a new key brings back the value sent.
          key={state.values[name]}
          id={id}
          name={name}
          defaultValue={state.values[name] ?? defaultValue}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={cx(inputClasses, "min-h-11")}
        >
          {children}
        </select>
      )}
    </Field>
  );
}

/** The lead defines a shared round once; each field shows its own refusal after a submit. */
export function SharedRoundForm({ networkId, surveys, baselines, text }: Props) {
  const [state, action] = useActionState(defineSharedRoundFromForm, NO_ERRORS);
  const ids = { name: useId(), opensOn: useId(), closesOn: useId() };
  const error = (field: string) => {
    const key = state.errors[field];
    return key ? text.errors[key] : undefined;
  };
  const textInput = (
    name: "name" | "opensOn" | "closesOn",
    props: { type: string; hint?: string; maxLength?: number },
  ) => (
    <Field id={ids[name]} label={text.fields[name]} hint={props.hint} error={error(name)}>
      {(describedBy) => (
        <Input
          id={ids[name]}
          name={name}
          type={props.type}
          maxLength={props.maxLength}
          defaultValue={state.values[name]}
          aria-invalid={error(name) ? true : undefined}
          aria-describedby={describedBy}
          required
        />
      )}
    </Field>
  );
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {error("form") ? (
        <p role="alert" className="rounded-xl bg-accent-soft px-4 py-3 font-bold text-danger">
          {error("form")}
        </p>
      ) : null}
      <input type="hidden" name="networkId" value={networkId} />
      {textInput("name", { type: "text", hint: text.hints.name, maxLength: 120 })}
      <Select
        state={state}
        name="surveyKey"
        label={text.fields.surveyKey}
        error={error("surveyKey")}
        defaultValue={surveys[0]?.key ?? ""}
      >
        {surveys.map((survey) => (
          <option key={survey.key} value={survey.key}>
            {survey.title}
          </option>
        ))}
      </Select>
      <Select
        state={state}
        name="kind"
        label={text.fields.kind}
        error={error("kind")}
        defaultValue="BASELINE"
      >
        {SHARED_ROUND_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {text.kinds[kind]}
          </option>
        ))}
      </Select>
      <div className="grid gap-4 sm:grid-cols-2">
        {textInput("opensOn", { type: "date", hint: text.hints.days })}
        {textInput("closesOn", { type: "date", hint: text.hints.days })}
      </div>
      <Select
        state={state}
        name="baselineId"
        label={text.fields.baselineId}
        hint={text.hints.baselineId}
        error={error("baselineId")}
        defaultValue=""
      >
        <option value="">{text.noBaseline}</option>
        {baselines.map((round) => (
          <option key={round.id} value={round.id}>
            {round.name}
          </option>
        ))}
      </Select>
      <Button type="submit" className="self-start">
        {text.submit}
      </Button>
    </form>
  );
}
