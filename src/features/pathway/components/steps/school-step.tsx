"use client";

import { useId, useState, type FormEvent, type Ref } from "react";
import { useTranslations } from "next-intl";
import { Button, CodeInput, Field } from "@/components/ui";
import { Link } from "@/i18n/navigation";
import { schoolCodeOf } from "../../domain/request-check";
import { StepHeading } from "./step-heading";

type CodeProblem = "invalid" | "unknown" | "tooMany" | "failed";

async function sendCode(code: string): Promise<CodeProblem | null> {
  try {
    const response = await fetch("/api/v1/school", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code }),
    });
    if (response.ok) return null;
    if (response.status === 404 || response.status === 422) return "unknown";
    if (response.status === 429) return "tooMany";
    return "failed";
  } catch {
    return "failed";
  }
}

/**
 * Asked once, before the first thing the student writes, when the page does not know their
 * school: what they write must reach someone at school. Drafts stay on the device meanwhile.
 * No name, and the answer never shows the school's name (a phone on a desk is seen by others).
 */
export function SchoolStep({
  headingRef,
  onKnown,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  onKnown: () => void;
}) {
  const t = useTranslations("pathway.school");
  const id = useId();
  const [value, setValue] = useState("");
  const [problem, setProblem] = useState<CodeProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const code = schoolCodeOf(value);
    if (code === undefined) return setProblem("invalid");
    setBusy(true);
    const result = await sendCode(code);
    setBusy(false);
    setProblem(result);
    if (!result) onKnown();
  };

  return (
    <section className="flex flex-col gap-5">
      <StepHeading headingRef={headingRef}>{t("title")}</StepHeading>
      <p className="text-lg">{t("text")}</p>
      <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
        <Field
          id={id}
          label={t("label")}
          hint={t("hint")}
          error={problem ? t(`problems.${problem}`) : null}
        >
          {(describedBy) => (
            <CodeInput
              id={id}
              name="code"
              value={value}
              onChange={(event) => setValue(event.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Button type="submit" size="lg" disabled={busy} className="self-start">
          {t("submit")}
        </Button>
      </form>
      <p>
        {t("noCode")}{" "}
        <Link href="/stories" className="font-bold text-brand underline">
          {t("readStories")}
        </Link>
      </p>
    </section>
  );
}
