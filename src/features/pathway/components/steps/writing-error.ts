"use client";

import { useTranslations } from "next-intl";
import { WRITING_MAX_LENGTH } from "@/lib/writing";
import type { WritingProblem } from "../writing-result";

/** The words for a problem with what the student wrote; their text always stays in the field. */
export function useWritingError(optional: boolean) {
  const t = useTranslations("pathway.errors");
  return (problem: WritingProblem | null): string | undefined => {
    if (!problem) return undefined;
    if (problem === "empty") return optional ? t("emptyReflection") : t("empty");
    if (problem === "tooLong") return t("tooLong", { max: WRITING_MAX_LENGTH });
    return t("failed");
  };
}
