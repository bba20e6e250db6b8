"use client";

import dynamic from "next/dynamic";

/**
 * The dictation field as its own chunk: the speech library (and what it brings) loads when a
 * page first shows a field to write in, not with every page that could show one.
 */
export const DictationField = dynamic(() =>
  import("./dictation-field").then((module) => module.DictationField),
);
