// The language tags the browser's speech APIs want for each locale: speech recognition needs a
// full tag ("da-DK"), and a read-aloud voice is found by its language. Norwegian voices are
// labelled nb, no or nn depending on the platform, so a locale can list more than one prefix.
import type { Locale } from "./locales";

export const speechLanguages: Record<Locale, string> = {
  en: "en-GB",
  da: "da-DK",
  nl: "nl-NL",
  nb: "nb-NO",
  et: "et-EE",
  fr: "fr-FR",
};

const voicePrefixes: Record<Locale, readonly string[]> = {
  en: ["en"],
  da: ["da"],
  nl: ["nl"],
  nb: ["nb", "no", "nn"],
  et: ["et"],
  fr: ["fr"],
};

/** The BCP 47 tag for speech recognition and synthesis in a locale. */
export function speechLanguage(locale: Locale): string {
  return speechLanguages[locale];
}

export interface VoiceLike {
  lang: string;
  default?: boolean;
  localService?: boolean;
}

/**
 * The best installed voice for a locale: the exact tag first (en-GB before en-US), then any
 * voice of the language; among equals the platform's default, then one that works offline.
 * Undefined when no voice speaks the language: reading Danish in an English voice helps no one.
 */
export function pickVoice<V extends VoiceLike>(
  voices: readonly V[],
  locale: Locale,
): V | undefined {
  const exact = speechLanguage(locale).toLowerCase();
  const prefixes = voicePrefixes[locale];
  const rank = (voice: V): number => {
    const lang = voice.lang.replace("_", "-").toLowerCase();
    const primary = lang.split("-")[0] ?? "";
    if (!prefixes.includes(primary)) return -1;
    return (lang === exact ? 4 : 0) + (voice.default ? 2 : 0) + (voice.localService ? 1 : 0);
  };
  let best: V | undefined;
  let bestRank = -1;
  for (const voice of voices) {
    const r = rank(voice);
    if (r > bestRank) [best, bestRank] = [voice, r];
  }
  return best;
}
