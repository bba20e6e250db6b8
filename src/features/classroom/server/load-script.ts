import "server-only";
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";
import { checkClassroomScripts, readClassroomFiles } from "../domain/content-check";
import type { SessionScript } from "../domain/session-script";

const store = globalThis as unknown as {
  belongClassroomScripts?: Partial<Record<Locale, SessionScript>>;
};

/**
 * The session script in a locale (content/classroom/<locale>.md), read once per process; the
 * content check keeps every locale present and valid, English stands in otherwise.
 */
export function loadSessionScript(locale: string): SessionScript {
  store.belongClassroomScripts ??= checkClassroomScripts(readClassroomFiles()).scripts;
  const scripts = store.belongClassroomScripts;
  const script = (isLocale(locale) ? scripts[locale] : undefined) ?? scripts[defaultLocale];
  if (!script) throw new Error("content/classroom has no valid session script");
  return script;
}
