import type { Namespace } from "@/i18n/app-config";

/** The messages the privacy page's client components read (src/i18n/client-messages.tsx). */
export const PRIVACY_CLIENT_NAMESPACES = ["privacy", "ui"] as const satisfies readonly Namespace[];
