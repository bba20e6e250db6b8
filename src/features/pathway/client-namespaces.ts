import type { Namespace } from "@/i18n/app-config";

/** The messages the pathway's client components read (src/i18n/client-messages.tsx). */
export const PATHWAY_CLIENT_NAMESPACES = [
  "pathway",
  "stories",
  "dictation",
  "ui",
] as const satisfies readonly Namespace[];
