import { describe, expect, it } from "vitest";
import { fromWallClock } from "@/features/survey";
import { timeZoneOf } from "@/lib/countries";
import { parseDate, parseRoundsArgs, UsageError } from "./rounds-cli";

const create = [
  "create",
  "--institution",
  "Demo VET College",
  "--name",
  "Start of year",
  "--kind",
  "baseline",
  "--groups",
  "Electricians 1A, Chefs 1C,",
  "--opens",
  "2026-09-01",
  "--closes",
  "2026-09-15T16:00",
];

describe("parseRoundsArgs", () => {
  it("reads a create command", () => {
    expect(parseRoundsArgs(create)).toEqual({
      command: "create",
      institution: "Demo VET College",
      name: "Start of year",
      kind: "BASELINE",
      groups: ["Electricians 1A", "Chefs 1C"],
      opensAt: { wallClock: new Date("2026-09-01T00:00:00Z") },
      closesAt: { wallClock: new Date("2026-09-15T16:00:00Z") },
      surveyKey: "belonging-pulse",
    });
  });

  it("reads list and help", () => {
    expect(parseRoundsArgs(["list"])).toEqual({ command: "list" });
    expect(parseRoundsArgs(["list", "--institution", "x"])).toEqual({
      command: "list",
      institution: "x",
    });
    expect(parseRoundsArgs([])).toEqual({ command: "help" });
    expect(parseRoundsArgs(["create", "--help"])).toEqual({ command: "help" });
  });

  it("accepts follow-up as a kind with a baseline code", () => {
    const parsed = parseRoundsArgs([
      ...create.slice(0, 5),
      "--kind",
      "follow-up",
      ...create.slice(7),
      "--baseline",
      "DEMO01",
    ]);
    expect(parsed).toMatchObject({ kind: "FOLLOW_UP", baselineCode: "DEMO01" });
  });

  it.each([
    [["remove"], /Unknown command "remove"/],
    [["create", "--institution", "x"], /Missing --name, --kind, --groups, --opens, --closes/],
    [["create", "--colour", "red"], /Unknown option '--colour'/],
    [[...create.slice(0, 5), "--kind", "WEEKLY", ...create.slice(7)], /--kind must be/],
    [[...create, "--baseline", "DEMO01"], /only for a FOLLOW_UP/],
    [[...create.slice(0, 10), "2026-09-20", "--closes", "2026-09-15"], /--closes must be after/],
    [[...create.slice(0, 8), " , ", ...create.slice(9)], /names no group/],
    [["list", "extra"], /Unexpected argument: extra/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseRoundsArgs(argv)).toThrow(UsageError);
    expect(() => parseRoundsArgs(argv)).toThrow(message);
  });
});

describe("parseDate", () => {
  it("reads dates and times on the school's clock unless an offset is given", () => {
    expect(parseDate("--opens", "2026-09-01")).toEqual({
      wallClock: new Date("2026-09-01T00:00:00Z"),
    });
    expect(parseDate("--opens", "2026-09-01T08:30")).toEqual({
      wallClock: new Date("2026-09-01T08:30:00Z"),
    });
    expect(parseDate("--opens", "2026-09-01T08:30+02:00")).toEqual({
      instant: new Date("2026-09-01T06:30:00.000Z"),
    });
    expect(parseDate("--opens", "2026-09-01T08:30Z")).toEqual({
      instant: new Date("2026-09-01T08:30:00.000Z"),
    });
  });

  it("places a German school's 08:00 at 08:00 in Berlin, not in UTC", () => {
    const time = parseDate("--opens", "2026-09-01T08:00");
    if (!("wallClock" in time)) throw new Error("expected a wall-clock time");
    expect(fromWallClock(time.wallClock, timeZoneOf("DE")).toISOString()).toBe(
      "2026-09-01T06:00:00.000Z",
    );
  });

  it.each(["2026-02-30", "01/09/2026", "tomorrow", "2026-09-01T25:00", ""])(
    "refuses %j",
    (text) => {
      expect(() => parseDate("--opens", text)).toThrow(/--opens .* is not a date/);
    },
  );
});
