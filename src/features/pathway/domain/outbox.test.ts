import { describe, expect, it } from "vitest";
import {
  classifyResponse,
  due,
  enqueue,
  failed,
  nextWake,
  remove,
  restoreOutbox,
  retryDelay,
  wakeAll,
} from "./outbox";

const advice = { key: "a1", url: "/api/v1/advice", body: { text: "Hi" } };
const progress = (stories: string[]) => ({
  key: "progress",
  url: "/api/v1/pathway-progress",
  body: { storiesRead: stories },
});

describe("outbox", () => {
  it("queues items in order and replaces one with the same key", () => {
    let box = enqueue([], advice, 0);
    box = enqueue(box, progress(["a"]), 0);
    box = enqueue(box, progress(["a", "b"]), 5);
    expect(box.map((i) => i.key)).toEqual(["a1", "progress"]);
    expect(box[1]?.body).toEqual({ storiesRead: ["a", "b"] });
  });

  it("backs off after each failure, up to a minute, and keeps the count on a resend", () => {
    let box = enqueue([], advice, 0);
    box = failed(box, "a1", 1_000);
    expect(box[0]).toMatchObject({ attempts: 1, notBefore: 3_000 });
    expect(due(box, 2_999)).toEqual([]);
    expect(due(box, 3_000)).toHaveLength(1);
    box = failed(box, "a1", 3_000);
    expect(box[0]?.notBefore).toBe(8_000);
    box = enqueue(box, advice, 9_000);
    expect(box[0]).toMatchObject({ attempts: 2, notBefore: 9_000 });
    expect([1, 2, 3, 4, 5, 9].map(retryDelay)).toEqual([
      2_000, 5_000, 15_000, 30_000, 60_000, 60_000,
    ]);
  });

  it("wakes everything when the connection comes back", () => {
    const box = failed(enqueue([], advice, 0), "a1", 0);
    expect(nextWake(box)).toBe(2_000);
    expect(due(wakeAll(box, 500), 500)).toHaveLength(1);
    expect(nextWake([])).toBeUndefined();
  });

  it("removes a delivered item", () => {
    expect(remove(enqueue([], advice, 0), "a1")).toEqual([]);
  });

  it("restores a stored outbox, or an empty one from damage", () => {
    const box = enqueue([], advice, 0);
    expect(restoreOutbox(JSON.stringify(box))).toEqual(box);
    expect(restoreOutbox("[{")).toEqual([]);
    expect(restoreOutbox(JSON.stringify([{ key: 1 }]))).toEqual([]);
    expect(restoreOutbox(null)).toEqual([]);
    expect(restoreOutbox(JSON.stringify({ key: "a1" }))).toEqual([]);
    const [item] = box;
    const malformed: object[] = [
      { key: undefined },
      { url: 3 },
      { body: [] },
      { body: "text" },
      { attempts: -1 },
      { attempts: 1.5 },
      { notBefore: "soon" },
    ];
    for (const change of malformed) {
      const stored = JSON.stringify([item, { ...item, key: "b2", ...change }]);
      expect(restoreOutbox(stored), JSON.stringify(change)).toEqual([]);
    }
    expect(restoreOutbox(JSON.stringify([{ ...item, extra: 1 }]))).toEqual(box);
  });
});

describe("classifyResponse", () => {
  it("delivers on 2xx, retries without an answer or on 408, 429, 5xx, gives up on other 4xx", () => {
    expect(classifyResponse(201, { ok: 1 })).toEqual({ kind: "delivered", data: { ok: 1 } });
    expect(classifyResponse(200, null).kind).toBe("delivered");
    for (const status of [undefined, 408, 429, 500, 503]) {
      expect(classifyResponse(status, null).kind).toBe("retry");
    }
    expect(classifyResponse(422, { code: "validation_failed" })).toEqual({
      kind: "rejected",
      status: 422,
      problem: { code: "validation_failed" },
    });
  });
});

describe("a school the server does not know yet", () => {
  it("keeps the writing on the device instead of dropping it", () => {
    expect(classifyResponse(409, { code: "school_unknown" })).toEqual({ kind: "needsSchool" });
    // Any other conflict is final, as before.
    expect(classifyResponse(409, { code: "conflict" })).toMatchObject({ kind: "rejected" });
  });
});
