import type { SurveyNext, SurveyResponseBody } from "../schemas";

// The server's answer is checked by hand: the whole of zod for one field would weigh more than
// the rest of the survey's browser code. The server validates what it receives with zod.
const NEXT = ["thanks", "pathway-invitation"] as const satisfies readonly SurveyNext[];

/** Where the server sends the student next, or undefined for any other answer. */
export function nextOf(json: unknown): SurveyNext | undefined {
  if (typeof json !== "object" || json === null || !("next" in json)) return undefined;
  return NEXT.find((next) => next === json.next);
}

/** What became of a send: where to go next, a refusal with its problem code, or no answer. */
export type SendOutcome =
  { kind: "sent"; next: SurveyNext } | { kind: "refused"; code: string } | { kind: "offline" };

/** POSTs the answers. Safe to call again with the same body: the server stores them once. */
export async function sendAnswers(body: SurveyResponseBody): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch("/api/v1/survey-responses", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: "offline" };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const next = nextOf(json);
    return next ? { kind: "sent", next } : { kind: "offline" };
  }
  // 5xx and gateway pages: treat like a lost connection, the answers stay for a retry.
  if (response.status >= 500) return { kind: "offline" };
  const code =
    typeof json === "object" && json !== null && "code" in json && typeof json.code === "string"
      ? json.code
      : "unknown";
  return { kind: "refused", code };
}
