/**
 * When a round takes answers: from opensAt (inclusive) until closesAt (exclusive).
 * Pure, so pages, the endpoint and tests agree on the edges.
 */
export type RoundStatus = "upcoming" | "open" | "closed";

export function roundStatus(round: { opensAt: Date; closesAt: Date }, now: Date): RoundStatus {
  if (now.getTime() < round.opensAt.getTime()) return "upcoming";
  if (now.getTime() >= round.closesAt.getTime()) return "closed";
  return "open";
}

/**
 * A form's date and time without an offset ("2026-09-01T08:00", as <input type="datetime-local">
 * sends it) read as if it were UTC; an invalid date for anything else. `fromWallClock` then
 * places it in the institution's time zone.
 */
export function parseWallClock(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return new Date(NaN);
  const [year, month, day, hour, minute, second] = match.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 2026-02-30 over into March: such a date was not a real one.
  const same =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return same && hour < 24 && minute < 60 && second < 60 ? date : new Date(NaN);
}

/**
 * The instant at which clocks in `timeZone` show `wallClock` (its UTC fields): 08:00 in
 * Europe/Copenhagen in September is 06:00Z. A time skipped when clocks go forward lands an hour
 * later; one that happens twice when they go back is the later.
 */
export function fromWallClock(wallClock: Date, timeZone: string): Date {
  if (Number.isNaN(wallClock.getTime())) return wallClock;
  const offset = (at: number) => wallClockOf(new Date(at), timeZone) - at;
  const guess = wallClock.getTime() - offset(wallClock.getTime());
  return new Date(wallClock.getTime() - offset(guess));
}

/** What clocks in `timeZone` show at `instant`, as milliseconds of a UTC date. */
function wallClockOf(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
}
