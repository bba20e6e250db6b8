"use client";

import { useTranslations } from "next-intl";
import { localeNames, type Locale } from "@/i18n/locales";
import type { EditorResult } from "../../actions/local-stories";

/** Why the editor or the review could not go on: the refusal, and each problem by language. */
export function ProblemsAlert({ result }: { result: EditorResult | undefined }) {
  const t = useTranslations("localStories");
  if (!result || result.ok) return null;
  return (
    <div role="alert" className="rounded-xl bg-accent-soft px-4 py-3">
      <p className="font-bold">{t(`errors.${result.error}`)}</p>
      <ul className="list-disc pl-5">
        {result.problems.map((problem) => {
          const [locale, key] = problem.split(".");
          return key ? (
            <li key={problem}>
              {t(`problems.${key as "length"}`, {
                language: localeNames[locale as Locale] ?? locale ?? "",
              })}
            </li>
          ) : (
            <li key={problem}>{t("review.commentRequired")}</li>
          );
        })}
      </ul>
    </div>
  );
}
