"use client";

import { useCallback, useEffect, useState } from "react";
import { draftStorageKey, newDraft, parseDraft, type SurveyDraft } from "../domain/answer-draft";
import { newSubmissionId } from "@/lib/submission-id";

/**
 * The student's draft for a round, kept in localStorage. Undefined until read after mount (the
 * server cannot see the phone's storage). Writes are best effort: a full or disabled storage
 * (private mode) still lets the student answer, just without surviving a reload.
 */
export function useSurveyDraft(roundCode: string) {
  const key = draftStorageKey(roundCode);
  const [draft, setDraft] = useState<SurveyDraft | undefined>(undefined);

  useEffect(() => {
    const now = new Date();
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem(key);
    } catch {
      // Storage unavailable: start afresh.
    }
    // Browser storage is only readable after mount; this one update is the point of the effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDraft(parseDraft(stored, roundCode, now) ?? newDraft(roundCode, newSubmissionId(), now));
  }, [key, roundCode]);

  const save = useCallback(
    (next: SurveyDraft) => {
      setDraft(next);
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Not kept across a reload; answering still works.
      }
    },
    [key],
  );

  const clear = useCallback(() => {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing to clear.
    }
  }, [key]);

  return { draft, save, clear };
}
