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

// An institution has a country, not a time zone; these are the partner countries' zones.
const TIME_ZONES: Readonly<Record<string, string>> = {
  DK: "Europe/Copenhagen",
  EE: "Europe/Tallinn",
  FR: "Europe/Paris",
  NL: "Europe/Amsterdam",
  NO: "Europe/Oslo",
};

/** The time zone in which an institution's opening times are shown to its students. */
export function timeZoneForCountry(country: string): string {
  return TIME_ZONES[country.toUpperCase()] ?? "UTC";
}
