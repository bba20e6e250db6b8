"use client";

import dynamic from "next/dynamic";

const load = () => import("./dictation-field").then((module) => module.DictationField);

/**
 * The dictation field as its own chunk: the speech library (and what it brings) is not part of
 * the JavaScript a page needs before it works.
 */
export const DictationField = dynamic(load);

/**
 * Fetches the chunk once the page is up, so the field is ready when a writing step opens:
 * without it, that step would wait for the chunk, and so would everything leaving the step
 * before (a story read aloud keeps talking until then).
 */
export function preloadDictationField(): void {
  void load();
}
