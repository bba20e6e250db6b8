"use client";

import { useTranslations } from "next-intl";
import { MAX_WORDS, MIN_WORDS } from "../../domain/story-terms";
import type { TextChecks } from "../../domain/local-checks";

function Check({ ok, advice, children }: { ok: boolean; advice?: boolean; children: string }) {
  return (
    <li className="flex gap-2">
      <span
        aria-hidden="true"
        className={ok ? "text-success" : advice ? "text-muted" : "text-danger"}
      >
        {ok ? "✓" : advice ? "•" : "✗"}
      </span>
      <span>{children}</span>
    </li>
  );
}

/** The live checks of the text being written, as the author types. */
export function LocalChecksPanel({ checks }: { checks: TextChecks }) {
  const t = useTranslations("localStories.checks");
  const te = useTranslations("localStories.elements");
  const { readability } = checks;
  return (
    <section aria-labelledby="checks-heading" className="flex flex-col gap-2" aria-live="polite">
      <h2 id="checks-heading" className="text-lg font-bold">
        {t("title")}
      </h2>
      <ul className="flex flex-col gap-1 text-sm">
        <Check ok={checks.missingElements.length === 0}>
          {checks.missingElements.length === 0
            ? t("elementsOk")
            : t("elementsMissing", {
                elements: checks.missingElements.map((e) => te(`${e}.label`)).join(", "),
              })}
        </Check>
        <Check ok={checks.lengthOk}>
          {t("length", { words: checks.wordCount, min: MIN_WORDS, max: MAX_WORDS })}
        </Check>
        <Check ok={checks.titleOk && checks.teaserOk}>{t("titleTeaser")}</Check>
        <Check ok={checks.firstPerson}>
          {checks.firstPerson ? t("firstPerson") : t("notFirstPerson")}
        </Check>
        <Check ok={checks.possibleNames.length === 0}>
          {checks.possibleNames.length === 0
            ? t("noNames")
            : t("names", { names: checks.possibleNames.join(", ") })}
        </Check>
        <Check ok={readability.meetsTarget} advice>
          {t(`readability.${readability.measure}`, {
            score: readability.score,
            target: readability.target,
          })}
        </Check>
      </ul>
      <p className="text-sm text-muted">{t("readabilityNote")}</p>
    </section>
  );
}
