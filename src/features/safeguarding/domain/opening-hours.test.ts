import { describe, expect, it } from "vitest";
import { parseOpeningHours } from "./opening-hours";

describe("parseOpeningHours", () => {
  it("reads day and night, single slots and lists of slots", () => {
    expect(parseOpeningHours("24/7")).toEqual({ always: true });
    expect(parseOpeningHours("mon-fri 09:00-21:00")).toEqual({
      always: false,
      slots: [{ days: [{ from: 1, to: 5 }], opens: "09:00", closes: "21:00" }],
    });
    expect(parseOpeningHours(["sat,sun 12:00-18:00", "daily 20:00-02:00"])).toEqual({
      always: false,
      slots: [
        {
          days: [
            { from: 6, to: 6 },
            { from: 7, to: 7 },
          ],
          opens: "12:00",
          closes: "18:00",
        },
        { days: [{ from: 1, to: 7 }], opens: "20:00", closes: "02:00" },
      ],
    });
    expect(parseOpeningHours("fri-mon 18:00-24:00")).toMatchObject({
      slots: [{ days: [{ from: 5, to: 1 }], closes: "24:00" }],
    });
  });

  it("explains what is wrong instead of guessing", () => {
    for (const text of [
      "",
      "always",
      "24h",
      "mon-fri 9:00-21:00",
      "monday 09:00-21:00",
      "mon-fri 09:00 - 21:00",
      "mon-fri 25:00-26:00",
      "mon-fri 09:60-21:00",
      "mon-fri 24:00-08:00",
      "mon-fri 24:30-08:00",
      "daily 10:00-10:00",
    ]) {
      expect(typeof parseOpeningHours(text), text).toBe("string");
    }
    expect(typeof parseOpeningHours([])).toBe("string");
    expect(typeof parseOpeningHours(["24/7"])).toBe("string");
  });
});
