import type { Namespace } from "@/i18n/app-config";

/** The messages the survey's client components read (src/i18n/client-messages.tsx). */
export const SURVEY_CLIENT_NAMESPACES = ["survey", "ui"] as const satisfies readonly Namespace[];
