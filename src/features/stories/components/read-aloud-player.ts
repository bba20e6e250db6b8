// Reads a story aloud through the browser's speech synthesis, one sentence per utterance: the
// sentence being read is known without relying on boundary events (many voices never send
// them), and short utterances avoid browsers that stop long ones after about 15 seconds.
// Framework-free, so it is tested with a fake synthesiser.

export type ReadAloudStatus = "idle" | "playing" | "paused";

export interface UtteranceLike extends EventTarget {
  text: string;
  lang: string;
  rate: number;
  voice: SpeechSynthesisVoice | null;
}

export interface SynthLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  pause(): void;
  resume(): void;
}

export interface ReadAloudOptions {
  synth: SynthLike;
  makeUtterance: (text: string) => UtteranceLike;
  sentences: readonly string[];
  lang: string;
  voice?: SpeechSynthesisVoice | null;
  /** Called whenever the status or the sentence being read changes (-1: none). */
  onChange: (status: ReadAloudStatus, sentence: number) => void;
  /** The synthesiser failed (no voice, blocked audio): reading stopped. */
  onError: () => void;
}

// Errors a cancel() or a new speak() causes on purpose; not a failure.
const EXPECTED_ERRORS = new Set(["interrupted", "canceled"]);

export class ReadAloudPlayer {
  private status: ReadAloudStatus = "idle";
  private sentence = -1;
  private rate = 1;
  // Every cancel starts a new generation; events of utterances from an older one are ignored.
  private generation = 0;
  private restartOnResume = false;

  constructor(private readonly options: ReadAloudOptions) {}

  get current(): { status: ReadAloudStatus; sentence: number } {
    return { status: this.status, sentence: this.sentence };
  }

  play(from = 0): void {
    this.restart(Math.max(0, from));
  }

  pause(): void {
    if (this.status !== "playing") return;
    this.options.synth.pause();
    this.set("paused", this.sentence);
  }

  resume(): void {
    if (this.status !== "paused") return;
    if (this.restartOnResume) {
      this.restart(this.sentence);
      return;
    }
    this.options.synth.resume();
    this.set("playing", this.sentence);
  }

  stop(): void {
    if (this.status === "idle") return;
    this.generation++;
    const wasPaused = this.status === "paused";
    this.options.synth.cancel();
    // A synthesiser cancelled while paused stays paused and would swallow the next speak().
    if (wasPaused) this.options.synth.resume();
    this.restartOnResume = false;
    this.set("idle", -1);
  }

  /** A new speed: the sentence being read starts again at it; when paused, on resume. */
  setRate(rate: number): void {
    if (rate === this.rate) return;
    this.rate = rate;
    if (this.status === "playing") this.restart(this.sentence);
    else if (this.status === "paused") this.restartOnResume = true;
  }

  private restart(from: number): void {
    const wasPaused = this.status === "paused";
    this.generation++;
    this.options.synth.cancel();
    if (wasPaused) this.options.synth.resume();
    this.restartOnResume = false;
    this.speak(from, this.generation);
  }

  private speak(index: number, generation: number): void {
    const { sentences, synth, makeUtterance, lang, voice } = this.options;
    if (index >= sentences.length) {
      this.set("idle", -1);
      return;
    }
    const utterance = makeUtterance(sentences[index] ?? "");
    utterance.lang = lang;
    utterance.rate = this.rate;
    if (voice) utterance.voice = voice;
    utterance.addEventListener("end", () => {
      if (generation === this.generation) this.speak(index + 1, generation);
    });
    utterance.addEventListener("error", (event) => {
      if (generation !== this.generation) return;
      const reason = (event as Event & { error?: string }).error ?? "";
      if (EXPECTED_ERRORS.has(reason)) return;
      this.stop();
      this.options.onError();
    });
    this.set("playing", index);
    synth.speak(utterance);
  }

  private set(status: ReadAloudStatus, sentence: number): void {
    if (status === this.status && sentence === this.sentence) return;
    this.status = status;
    this.sentence = sentence;
    this.options.onChange(status, sentence);
  }
}
