import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import { CodeForm } from "./code-form";

interface RoundMessageProps {
  reason: "upcoming" | "closed" | "not-found" | "rate-limited";
  /** When an upcoming round opens, already formatted for the student. */
  opensOn?: string;
  headingRef?: RefObject<HTMLHeadingElement | null>;
}

/** A round that cannot be answered now, said kindly, with a way to type another code. */
export function RoundMessage({ reason, opensOn, headingRef }: RoundMessageProps) {
  const t = useTranslations("survey");
  const title = {
    upcoming: t("upcoming.title"),
    closed: t("closed.title"),
    "not-found": t("notFound.title"),
    "rate-limited": t("rateLimited.title"),
  }[reason];
  const text =
    reason === "upcoming"
      ? opensOn
        ? t("upcoming.text", { date: opensOn })
        : null
      : reason === "closed"
        ? t("closed.text")
        : reason === "rate-limited"
          ? t("rateLimited.text")
          : t("notFound.text");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <h1
          ref={headingRef}
          tabIndex={-1}
          className="text-3xl font-bold leading-tight outline-none"
        >
          {title}
        </h1>
        {text ? <p className="text-lg">{text}</p> : null}
      </div>
      {/* Over the guess limit every code is refused for a while: another try cannot help yet. */}
      {reason === "upcoming" || reason === "rate-limited" ? null : (
        <CodeForm
          text={{
            label: t("codeForm.label"),
            submit: t("codeForm.submit"),
            invalid: t("codeForm.invalid"),
          }}
        />
      )}
    </div>
  );
}
