import { describe, expect, it } from "vitest";
import { roundStatus, timeZoneForCountry } from "./round-window";

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
