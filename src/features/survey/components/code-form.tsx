"use client";

import { useId, useState, type FormEvent } from "react";
import { useLocale } from "next-intl";
import { Button, CodeInput, Field } from "@/components/ui";
import { useRouter } from "@/i18n/navigation";
import { isRoundCode, normaliseRoundCode } from "../domain/round-code";

interface CodeFormProps {
  /** Where a code leads: `${path}/${code}`. Survey rounds and classroom sessions share codes' shape. */
  path?: "/s" | "/join";
  /** Its words (codeForm.label, .submit and .invalid of the caller's namespace). */
  text: { label: string; submit: string; invalid: string };
  /** Without JavaScript the form is a plain GET of ?code= to this address, which redirects. */
  noScriptAction?: "/join/go";
}

/** Type a code (as written on the board or poster) and go to its page. */
export function CodeForm({ path = "/s", text, noScriptAction }: CodeFormProps) {
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);

  // The field is left to the browser (uncontrolled): a code typed while the page was still
  // loading stays in it, where a controlled field would be emptied by the first render.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = new FormData(event.currentTarget).get("code");
    const code = normaliseRoundCode(typeof typed === "string" ? typed : "");
    if (!isRoundCode(code)) return setError(text.invalid);
    setError(null);
    router.push(`${path}/${code}`);
  };

  return (
    <form
      onSubmit={submit}
      method="get"
      action={noScriptAction ? `/${locale}${noScriptAction}` : undefined}
      className="flex flex-col gap-3"
      noValidate
    >
      <Field id={id} label={text.label} error={error}>
        {(describedBy) => (
          <CodeInput
            id={id}
            name="code"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Button type="submit" size="lg">
        {text.submit}
      </Button>
    </form>
  );
}
