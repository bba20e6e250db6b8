"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button, Field, Input } from "@/components/ui";
import { useRouter } from "@/i18n/navigation";
import { isRoundCode, normaliseRoundCode } from "../domain/round-code";

/** Type a survey code (as written on the board or poster) and go to its page. */
export function CodeForm() {
  const t = useTranslations("survey");
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = normaliseRoundCode(value);
    if (!isRoundCode(code)) return setError(t("codeForm.invalid"));
    setError(null);
    router.push(`/s/${code}`);
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
      <Field id={id} label={t("codeForm.label")} error={error}>
        {(describedBy) => (
          <Input
            id={id}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            className="text-xl font-bold uppercase tracking-widest"
          />
        )}
      </Field>
      <Button type="submit" size="lg">
        {t("codeForm.submit")}
      </Button>
    </form>
  );
}
