// Stand-ins for the browser's speech APIs, installed before the page's own scripts run.
// Headless Chromium has no voices and its speech recognition needs Google's servers, so the
// tests drive the pages through these fakes and check what the pages asked of them.
import type { Page } from "@playwright/test";

export interface RecognitionOptions {
  /** What the student "says", one per press of the microphone button. */
  transcripts?: string[];
  /** The student refuses the microphone. */
  deny?: boolean;
  /** The browser has no speech recognition at all. */
  missing?: boolean;
}

/** A SpeechRecognition that hears `transcripts`, first as an interim, then as a final result. */
export async function fakeSpeechRecognition(page: Page, options: RecognitionOptions = {}) {
  await page.addInitScript((opts: RecognitionOptions) => {
    const log: Array<{ lang: string; continuous: boolean }> = [];
    (window as unknown as { __recognition: typeof log }).__recognition = log;
    if (opts.missing) {
      for (const name of ["SpeechRecognition", "webkitSpeechRecognition"]) {
        delete (window as unknown as Record<string, unknown>)[name];
        if (name in window) Object.defineProperty(window, name, { value: undefined });
      }
      return;
    }
    let heard = 0;
    class FakeRecognition extends EventTarget {
      lang = "";
      continuous = false;
      interimResults = false;
      private emit(type: string, props: Record<string, unknown> = {}) {
        const event = Object.assign(new Event(type), props);
        const handler = (this as unknown as Record<string, unknown>)[`on${type}`];
        if (typeof handler === "function") handler.call(this, event);
        this.dispatchEvent(event);
      }
      start() {
        log.push({ lang: this.lang, continuous: this.continuous });
        if (opts.deny) {
          setTimeout(() => {
            this.emit("error", { error: "not-allowed" });
            this.emit("end");
          }, 20);
          return;
        }
        const phrase = (opts.transcripts ?? ["hello"])[heard++] ?? "hello";
        const results = (isFinal: boolean) => {
          const result = Object.assign([{ transcript: phrase, confidence: 0.9 }], { isFinal });
          return [result];
        };
        setTimeout(() => {
          this.emit("start");
          this.emit("result", { resultIndex: 0, results: results(false) });
          setTimeout(() => this.emit("result", { resultIndex: 0, results: results(true) }), 50);
        }, 30);
      }
      stop() {
        setTimeout(() => this.emit("end"), 10);
      }
      abort() {
        setTimeout(() => this.emit("end"), 10);
      }
    }
    Object.assign(window, {
      SpeechRecognition: FakeRecognition,
      webkitSpeechRecognition: FakeRecognition,
    });
  }, options);
}

export type SynthCall = [string, ...Array<string | number>];

/**
 * A speechSynthesis with a voice for every language of the app. Each utterance takes 120 ms
 * (it fires start, a word boundary and end), pausing holds the end back; every call is
 * recorded in window.__speech. `missing` removes the API.
 */
export async function stubSpeechSynthesis(page: Page, { missing = false } = {}) {
  await page.addInitScript((remove: boolean) => {
    if (remove) {
      for (const name of ["speechSynthesis", "SpeechSynthesisUtterance"]) {
        delete (window as unknown as Record<string, unknown>)[name];
        if (name in window) Object.defineProperty(window, name, { value: undefined });
      }
      return;
    }
    const calls: Array<Array<string | number>> = [];
    (window as unknown as { __speech: typeof calls }).__speech = calls;
    class FakeUtterance extends EventTarget {
      lang = "";
      rate = 1;
      voice: unknown = null;
      constructor(public text: string) {
        super();
      }
    }
    const fire = (u: FakeUtterance, type: string, props: Record<string, unknown> = {}) => {
      const event = Object.assign(new Event(type), props);
      const handler = (u as unknown as Record<string, unknown>)[`on${type}`];
      if (typeof handler === "function") handler.call(u, event);
      u.dispatchEvent(event);
    };
    let queue: FakeUtterance[] = [];
    let current: FakeUtterance | null = null;
    let paused = false;
    let endWaiting = false;
    const finish = (u: FakeUtterance) => {
      if (u !== current) return;
      if (paused) {
        endWaiting = true;
        return;
      }
      current = null;
      fire(u, "end");
      // The end handler may have spoken the next utterance already.
      if (!current) next();
    };
    const next = () => {
      current = queue.shift() ?? null;
      if (!current || paused) return;
      const u = current;
      fire(u, "start");
      fire(u, "boundary", { charIndex: 0, name: "word" });
      setTimeout(() => finish(u), 120);
    };
    const voices = ["en-GB", "da-DK", "nl-NL", "nb-NO", "et-EE", "fr-FR"].map((lang) => ({
      name: `Fake ${lang}`,
      lang,
      voiceURI: `fake-${lang}`,
      default: false,
      localService: true,
    }));
    const synth = Object.assign(new EventTarget(), {
      get speaking() {
        return current !== null;
      },
      get paused() {
        return paused;
      },
      pending: false,
      getVoices: () => voices,
      speak(u: FakeUtterance) {
        calls.push([
          "speak",
          u.text,
          u.lang,
          u.rate,
          (u.voice as { lang?: string } | null)?.lang ?? "",
        ]);
        queue.push(u);
        if (!current) next();
      },
      cancel() {
        calls.push(["cancel"]);
        queue = [];
        endWaiting = false;
        const u = current;
        current = null;
        if (u) fire(u, "error", { error: "interrupted" });
      },
      pause() {
        calls.push(["pause"]);
        paused = true;
      },
      resume() {
        calls.push(["resume"]);
        paused = false;
        if (endWaiting && current) {
          endWaiting = false;
          finish(current);
        } else if (current === null && queue.length) next();
      },
    });
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.assign(window, { SpeechSynthesisUtterance: FakeUtterance });
  }, missing);
}

/** The calls the page made to speechSynthesis, by name. */
export async function synthCalls(page: Page): Promise<SynthCall[]> {
  return page.evaluate(() => (window as unknown as { __speech: SynthCall[] }).__speech);
}
