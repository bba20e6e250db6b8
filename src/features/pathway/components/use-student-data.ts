"use client";

import { useCallback, useRef, useState } from "react";
import type { Locale } from "@/i18n/locales";
import type { PathwayStudentData } from "../server/page-data";

/** idle: not asked yet; failed: no answer (offline): the page goes on with what it has. */
export type StudentDataStatus = "idle" | "loading" | "loaded" | "failed";

/**
 * The part of the pathway that depends on the student (their school, its help, its local
 * stories, past advice), asked of /api/v1/pathway by the page that is the same for everyone.
 */
export function useStudentData(locale: Locale) {
  const [data, setData] = useState<PathwayStudentData | null>(null);
  const [status, setStatus] = useState<StudentDataStatus>("idle");
  const asked = useRef<string | undefined>(undefined);

  const load = useCallback(
    async (from: string | undefined) => {
      asked.current = from;
      setStatus((was) => (was === "loaded" ? was : "loading"));
      const query = new URLSearchParams({ locale, ...(from ? { from } : {}) });
      try {
        const response = await fetch(`/api/v1/pathway?${query}`, { cache: "no-store" });
        // Read to its end either way: a response left unread keeps its request open.
        const body: unknown = await response.json();
        if (!response.ok) throw new Error(`pathway data: ${response.status}`);
        setData(body as PathwayStudentData);
        setStatus("loaded");
      } catch {
        // What was read before stays; a first read that failed leaves the page as it is.
        setStatus((was) => (was === "loaded" ? was : "failed"));
      }
    },
    [locale],
  );

  /** The student named their school: read again, now with its help and its stories. */
  const reload = useCallback(() => load(asked.current), [load]);

  return { data, status, load, reload };
}
