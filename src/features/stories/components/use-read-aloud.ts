"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { Locale } from "@/i18n/locales";
import { pickVoice, speechLanguage } from "@/i18n/speech";
import { ReadAloudPlayer, type ReadAloudStatus } from "./read-aloud-player";

export const READING_RATE_NAMES = ["slow", "normal", "fast"] as const;
export type ReadingRate = (typeof READING_RATE_NAMES)[number];
export const READING_RATES: Record<ReadingRate, number> = { slow: 0.75, normal: 1, fast: 1.25 };

function hasSynthesis(): boolean {
  return "speechSynthesis" in window && typeof window.SpeechSynthesisUtterance === "function";
}

// getVoices() returns a new array on every call: keep the last one while it says the same, so
// React sees a stable snapshot.
let voiceCache: SpeechSynthesisVoice[] = [];
function readVoices(): SpeechSynthesisVoice[] {
  if (!hasSynthesis()) return voiceCache;
  const voices = window.speechSynthesis.getVoices();
  const same =
    voices.length === voiceCache.length &&
    voices.every(
      (v, i) => v.voiceURI === voiceCache[i]?.voiceURI && v.lang === voiceCache[i]?.lang,
    );
  if (!same) voiceCache = voices;
  return voiceCache;
}

function subscribeVoices(listener: () => void) {
  if (!hasSynthesis()) return () => {};
  window.speechSynthesis.addEventListener("voiceschanged", listener);
  return () => window.speechSynthesis.removeEventListener("voiceschanged", listener);
}

const noSubscription = () => () => {};
const noVoices: SpeechSynthesisVoice[] = [];

export interface ReadAloud {
  /** The browser can speak at all; false on the server and while hydrating. */
  supported: boolean;
  /** Voices are installed, but none speaks this language. */
  noVoice: boolean;
  failed: boolean;
  status: ReadAloudStatus;
  sentence: number;
  rate: ReadingRate;
  play: () => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
  setRate: (rate: ReadingRate) => void;
}

/** Read-aloud of a story's sentences in the story's language, stopped when the reader leaves. */
export function useReadAloud(sentences: readonly string[], locale: Locale): ReadAloud {
  const supported = useSyncExternalStore(noSubscription, hasSynthesis, () => false);
  const voices = useSyncExternalStore(subscribeVoices, readVoices, () => noVoices);
  // Some platforms list no voices at all and still speak by language; only a list that has
  // voices but none for this language means reading would come out in the wrong language.
  const voice = pickVoice(voices, locale);
  const noVoice = voices.length > 0 && !voice;
  const [state, setState] = useState<{ status: ReadAloudStatus; sentence: number }>({
    status: "idle",
    sentence: -1,
  });
  const [failed, setFailed] = useState(false);
  const [rate, setRateState] = useState<ReadingRate>("normal");
  const player = useRef<ReadAloudPlayer | null>(null);

  useEffect(() => {
    const stop = () => player.current?.stop();
    window.addEventListener("pagehide", stop);
    return () => {
      window.removeEventListener("pagehide", stop);
      stop();
    };
  }, [sentences]);

  const play = useCallback(() => {
    player.current?.stop();
    setFailed(false);
    const next = new ReadAloudPlayer({
      synth: window.speechSynthesis,
      makeUtterance: (text) => new window.SpeechSynthesisUtterance(text),
      sentences,
      lang: speechLanguage(locale),
      voice: voice ?? null,
      onChange: (status, sentence) => setState({ status, sentence }),
      onError: () => setFailed(true),
    });
    next.setRate(READING_RATES[rate]);
    player.current = next;
    next.play();
  }, [sentences, locale, voice, rate]);

  const setRate = useCallback((next: ReadingRate) => {
    setRateState(next);
    player.current?.setRate(READING_RATES[next]);
  }, []);

  return {
    supported,
    noVoice,
    failed,
    ...state,
    rate,
    play,
    pause: useCallback(() => player.current?.pause(), []),
    resume: useCallback(() => player.current?.resume(), []),
    stop: useCallback(() => player.current?.stop(), []),
    setRate,
  };
}
