import { describe, expect, it } from "vitest";
import { locales } from "./locales";
import { pickVoice, speechLanguage } from "./speech";

describe("speechLanguage", () => {
  it("gives every locale a full language tag", () => {
    expect(locales.map(speechLanguage)).toEqual([
      "en-GB",
      "da-DK",
      "nl-NL",
      "nb-NO",
      "et-EE",
      "fr-FR",
    ]);
  });
});

describe("pickVoice", () => {
  const voice = (lang: string, extra: { default?: boolean; localService?: boolean } = {}) => ({
    lang,
    name: lang,
    ...extra,
  });

  it("prefers the exact tag over another variant of the language", () => {
    const voices = [voice("en-US", { default: true }), voice("en-GB"), voice("fr-FR")];
    expect(pickVoice(voices, "en")?.lang).toBe("en-GB");
  });

  it("falls back to any voice of the language", () => {
    expect(pickVoice([voice("fr-CA"), voice("de-DE")], "fr")?.lang).toBe("fr-CA");
  });

  it("finds Norwegian under nb, no or nn, and underscores as Android writes them", () => {
    expect(pickVoice([voice("no-NO")], "nb")?.lang).toBe("no-NO");
    expect(pickVoice([voice("nn_NO")], "nb")?.lang).toBe("nn_NO");
  });

  it("prefers the default, then an offline voice, among equals", () => {
    const voices = [voice("da-DK"), voice("da-DK", { localService: true })];
    expect(pickVoice(voices, "da")).toBe(voices[1]);
    const withDefault = [...voices, voice("da-DK", { default: true })];
    expect(pickVoice(withDefault, "da")).toBe(withDefault[2]);
  });

  it("gives nothing when no voice speaks the language", () => {
    expect(pickVoice([voice("en-US"), voice("de-DE")], "et")).toBeUndefined();
    expect(pickVoice([], "en")).toBeUndefined();
  });
});
