import { describe, expect, it } from "vitest";
import { fromWallClock, parseWallClock, roundStatus, timeZoneForCountry } from "./round-window";

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

describe("timeZoneForCountry", () => {
  it("knows the partner countries and falls back to UTC", () => {
    expect(timeZoneForCountry("ee")).toBe("Europe/Tallinn");
    expect(timeZoneForCountry("NO")).toBe("Europe/Oslo");
    expect(timeZoneForCountry("XX")).toBe("UTC");
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
