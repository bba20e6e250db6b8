import { describe, expect, it } from "vitest";
import { canShowFreeText, freeTextForDisplay, freeTextMinimum, shuffle } from "./anonymity";

const ids = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `p${from + i}`);

describe("free text", () => {
  it("needs at least 10 answers, never less, and at least k", () => {
    expect(canShowFreeText(9)).toBe(false);
    expect(canShowFreeText(10)).toBe(true);
    expect(canShowFreeText(9, 5)).toBe(false); // a lower minimum is raised to 10
    expect(canShowFreeText(11, 12)).toBe(false);
    expect(canShowFreeText(12, 12)).toBe(true);
    expect(freeTextMinimum()).toBe(10);
    expect(freeTextMinimum(2)).toBe(10);
    expect(freeTextMinimum(12)).toBe(12);
  });

  it("hides fewer than 10 non-blank answers", () => {
    const answers = [...ids(1, 9).map((text) => ({ text })), { text: "  " }, { text: "" }];
    expect(freeTextForDisplay(answers)).toEqual({
      suppressed: true,
      reason: "fewer-than-k",
      k: 10,
    });
  });

  it("returns only the texts, shuffled, without time stamps or ids", () => {
    const rows = ids(1, 10).map((id, i) => ({
      text: `answer ${id}`,
      createdAt: new Date(2025, 8, 1, 9, i),
      participantId: id,
    }));
    const result = freeTextForDisplay(rows, { random: () => 0 });
    if (result.suppressed) throw new Error("expected texts");
    expect(result.texts.every((text) => typeof text === "string")).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/2025|participant|createdAt/);
    expect([...result.texts].sort()).toEqual(rows.map((r) => r.text).sort());
    expect(result.texts).not.toEqual(rows.map((r) => r.text));
  });
});

describe("shuffle", () => {
  it("is Fisher-Yates: with random() = 0 every step swaps with the first item", () => {
    // i = 3: swap 3 and 0 -> d b c a; i = 2: swap 2 and 0 -> c b d a; i = 1 -> b c d a.
    expect(shuffle(["a", "b", "c", "d"], () => 0)).toEqual(["b", "c", "d", "a"]);
    // random() near 1 (or exactly 1, which Math.random never gives) keeps the order.
    expect(shuffle(["a", "b", "c"], () => 0.9999)).toEqual(["a", "b", "c"]);
    expect(shuffle(["a", "b", "c"], () => 1)).toEqual(["a", "b", "c"]);
  });

  it("does not change its input and handles 0 and 1 items", () => {
    const input = ["a", "b", "c"];
    shuffle(input, () => 0);
    expect(input).toEqual(["a", "b", "c"]);
    expect(shuffle([])).toEqual([]);
    expect(shuffle(["only"])).toEqual(["only"]);
  });

  it("gives every order about equally often", () => {
    let seed = 12345;
    // A linear congruential generator: deterministic, and fine for counting six orders.
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const order = shuffle(["a", "b", "c"], random).join("");
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    // Expected 1000 each, SD √(6000 · 1/6 · 5/6) ≈ 29: 850-1150 is over 5 SD.
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});
