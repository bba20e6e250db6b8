import type { Namespace } from "@/i18n/app-config";

/** The messages the story pages' client components read (src/i18n/client-messages.tsx). */
export const STORIES_CLIENT_NAMESPACES = ["stories"] as const satisfies readonly Namespace[];
