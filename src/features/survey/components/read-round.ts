import type { Locale } from "@/i18n/locales";
import type { StudentRound } from "../server/student-round";

/** A round as its page shows it, read from /api/v1/rounds/{code} (dates arrive as text). */
export type RoundView =
  | Exclude<StudentRound, { state: "upcoming" | "rate-limited" }>
  | { state: "upcoming"; title: string; opensAt: string; timeZone: string }
  | { state: "rate-limited" }
  /** No answer from the server (offline, or it failed): the page offers to try again. */
  | { state: "unreachable" };

/** The code of a round's address, /{locale}/s/{code}, as typed there (empty for /{locale}/s). */
export function codeOfAddress(pathname: string): string {
  const segment = pathname.split("/")[3] ?? "";
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

/** What the round of `code` is for this device, in `locale`. */
export async function readRound(code: string, locale: Locale): Promise<RoundView> {
  if (!code) return { state: "not-found" };
  try {
    const response = await fetch(
      `/api/v1/rounds/${encodeURIComponent(code)}?locale=${encodeURIComponent(locale)}`,
      { cache: "no-store" },
    );
    if (response.ok) return (await response.json()) as RoundView;
    // Read to its end: a response left unread keeps its request open in the browser.
    await response.text();
    if (response.status === 404) return { state: "not-found" };
    if (response.status === 429) return { state: "rate-limited" };
    return { state: "unreachable" };
  } catch {
    return { state: "unreachable" };
  }
}
