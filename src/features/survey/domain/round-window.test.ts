import { describe, expect, it } from "vitest";
import { timeZoneOf } from "@/lib/countries";
import { fromWallClock, parseWallClock, roundStatus } from "./round-window";

describe("roundStatus", () => {
  const round = {
    opensAt: new Date("2026-09-01T06:00:00Z"),
    closesAt: new Date("2026-09-15T16:00:00Z"),
  };

  it("opens at opensAt and closes at closesAt", () => {
    expect(roundStatus(round, new Date("2026-09-01T05:59:59.999Z"))).toBe("upcoming");
    expect(roundStatus(round, new Date("2026-09-01T06:00:00Z"))).toBe("open");
    expect(roundStatus(round, new Date("2026-09-15T15:59:59.999Z"))).toBe("open");
    expect(roundStatus(round, new Date("2026-09-15T16:00:00Z"))).toBe("closed");
  });
});

describe("a round of a school in any country of the table", () => {
  it("opens at 08:00 on the school's clock, not UTC's", () => {
    // A German school's round typed as 1 September 08:00 opens at 06:00Z (summer time), a
    // Finnish one at 05:00Z, a British one at 07:00Z, a Portuguese one at 07:00Z.
    const wallClock = parseWallClock("2026-09-01T08:00");
    const opens = (country: string) => fromWallClock(wallClock, timeZoneOf(country)).toISOString();
    expect(opens("DE")).toBe("2026-09-01T06:00:00.000Z");
    expect(opens("FI")).toBe("2026-09-01T05:00:00.000Z");
    expect(opens("GB")).toBe("2026-09-01T07:00:00.000Z");
    expect(opens("PT")).toBe("2026-09-01T07:00:00.000Z");
    expect(opens("EE")).toBe("2026-09-01T05:00:00.000Z");
    // In winter, Berlin is one hour ahead of UTC.
    const january = fromWallClock(parseWallClock("2027-01-11T08:00"), timeZoneOf("DE"));
    expect(january.toISOString()).toBe("2027-01-11T07:00:00.000Z");
  });
});

describe("parseWallClock", () => {
  it("reads a datetime-local value as if it were UTC", () => {
    expect(parseWallClock("2026-09-01T08:00").toISOString()).toBe("2026-09-01T08:00:00.000Z");
    expect(parseWallClock(" 2026-09-01T08:00:30 ").toISOString()).toBe("2026-09-01T08:00:30.000Z");
  });

  it("refuses what is not a real date and time", () => {
    for (const text of ["", "2026-09-01", "2026-02-30T08:00", "2026-09-01T24:00", "tomorrow"]) {
      expect(Number.isNaN(parseWallClock(text).getTime()), text).toBe(true);
    }
  });
});

describe("fromWallClock", () => {
  const at = (text: string, zone: string) =>
    fromWallClock(parseWallClock(text), zone).toISOString();

  it("places the time in the institution's time zone, summer and winter", () => {
    expect(at("2026-09-01T08:00", "Europe/Copenhagen")).toBe("2026-09-01T06:00:00.000Z");
    expect(at("2026-12-01T08:00", "Europe/Copenhagen")).toBe("2026-12-01T07:00:00.000Z");
    expect(at("2026-12-01T08:00", "Europe/Tallinn")).toBe("2026-12-01T06:00:00.000Z");
    expect(at("2026-12-01T08:00", "UTC")).toBe("2026-12-01T08:00:00.000Z");
  });

  it("moves a time skipped by the clocks going forward an hour on, and picks the later of a repeated one", () => {
    expect(at("2026-03-29T02:30", "Europe/Copenhagen")).toBe("2026-03-29T01:30:00.000Z");
    expect(at("2026-10-25T02:30", "Europe/Copenhagen")).toBe("2026-10-25T01:30:00.000Z");
  });

  it("keeps an invalid date invalid", () => {
    expect(Number.isNaN(fromWallClock(new Date(NaN), "Europe/Oslo").getTime())).toBe(true);
  });
});
