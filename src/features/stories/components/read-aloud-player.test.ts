import { describe, expect, it } from "vitest";
import { ReadAloudPlayer, type ReadAloudStatus, type UtteranceLike } from "./read-aloud-player";

class FakeUtterance extends EventTarget implements UtteranceLike {
  lang = "";
  rate = 1;
  voice: SpeechSynthesisVoice | null = null;
  constructor(public text: string) {
    super();
  }
}

function setup(sentences = ["One.", "Two.", "Three."]) {
  const calls: string[] = [];
  const spoken: FakeUtterance[] = [];
  const changes: Array<[ReadAloudStatus, number]> = [];
  let errors = 0;
  const synth = {
    speak: (u: UtteranceLike) => {
      calls.push(`speak ${u.text} @${u.rate}`);
      spoken.push(u as FakeUtterance);
    },
    cancel: () => calls.push("cancel"),
    pause: () => calls.push("pause"),
    resume: () => calls.push("resume"),
  };
  const player = new ReadAloudPlayer({
    synth,
    makeUtterance: (text) => new FakeUtterance(text),
    sentences,
    lang: "da-DK",
    onChange: (status, sentence) => changes.push([status, sentence]),
    onError: () => errors++,
  });
  const last = () => spoken[spoken.length - 1]!;
  const end = (u = last()) => u.dispatchEvent(new Event("end"));
  const fail = (error: string, u = last()) =>
    u.dispatchEvent(Object.assign(new Event("error"), { error }));
  return { player, calls, spoken, changes, end, fail, errors: () => errors };
}

describe("ReadAloudPlayer", () => {
  it("reads sentence after sentence in the story's language, then stops", () => {
    const { player, calls, spoken, changes, end } = setup();
    player.play();
    expect(spoken[0]?.lang).toBe("da-DK");
    end();
    end();
    end();
    expect(calls).toEqual(["cancel", "speak One. @1", "speak Two. @1", "speak Three. @1"]);
    expect(changes).toEqual([
      ["playing", 0],
      ["playing", 1],
      ["playing", 2],
      ["idle", -1],
    ]);
  });

  it("pauses and resumes where it was", () => {
    const { player, calls, end } = setup();
    player.play();
    end();
    player.pause();
    expect(player.current).toEqual({ status: "paused", sentence: 1 });
    player.resume();
    expect(player.current).toEqual({ status: "playing", sentence: 1 });
    expect(calls.slice(-2)).toEqual(["pause", "resume"]);
  });

  it("starts the current sentence again at a new speed", () => {
    const { player, calls, end } = setup();
    player.play();
    end();
    player.setRate(0.75);
    expect(calls.slice(-2)).toEqual(["cancel", "speak Two. @0.75"]);
  });

  it("applies a speed chosen while paused when reading resumes", () => {
    const { player, calls } = setup();
    player.play();
    player.pause();
    player.setRate(1.25);
    expect(calls.at(-1)).toBe("pause");
    player.resume();
    expect(calls.slice(-3)).toEqual(["cancel", "resume", "speak One. @1.25"]);
  });

  it("ignores the end of an utterance it cancelled", () => {
    const { player, spoken, calls, end } = setup();
    player.play();
    const first = spoken[0]!;
    player.stop();
    end(first);
    expect(player.current).toEqual({ status: "idle", sentence: -1 });
    expect(calls.filter((c) => c.startsWith("speak"))).toHaveLength(1);
  });

  it("treats an interruption as expected and any other error as a failure", () => {
    const { player, fail, errors } = setup();
    player.play();
    fail("interrupted");
    expect(player.current.status).toBe("playing");
    fail("synthesis-failed");
    expect(player.current.status).toBe("idle");
    expect(errors()).toBe(1);
  });

  it("resumes a paused synthesiser after stopping, so the next play is heard", () => {
    const { player, calls } = setup();
    player.play(2);
    player.pause();
    player.stop();
    expect(calls.slice(-2)).toEqual(["cancel", "resume"]);
    player.play();
    expect(calls.at(-1)).toBe("speak One. @1");
  });
});
