import { describe, expect, it } from "vitest";
import { lastEventIdOf, sseEvent, sseRetry } from "./sse";

describe("server-sent events", () => {
  it("writes id, event and one line of JSON data, ended by a blank line", () => {
    expect(sseEvent({ id: 7, event: "state", data: { a: "x\ny" } })).toBe(
      'id: 7\nevent: state\ndata: {"a":"x\\ny"}\n\n',
    );
    expect(sseEvent({ id: "1\n2", data: 1 })).toBe("id: 12\ndata: 1\n\n");
    expect(sseRetry(2000.7)).toBe("retry: 2000\n\n");
  });

  it("reads a last event id only when it is a whole number", () => {
    expect(lastEventIdOf("12")).toBe(12);
    expect(lastEventIdOf(" 3 ")).toBe(3);
    for (const bad of [null, undefined, "", "-1", "1.5", "abc", "9999999999"]) {
      expect(lastEventIdOf(bad)).toBeUndefined();
    }
  });
});
