// Sends a student's advice from the session and reads the answer into what the form shows.
import { problemOfText, type WritingProblem } from "@/features/pathway";

export type AdviceProblem = WritingProblem | "ended";

export type AdviceOutcome = { status: "sent"; support: boolean } | { status: AdviceProblem };

export interface AdviceBody {
  submissionId: string;
  text: string;
  locale: string;
  consentToShare: boolean;
}

export async function sendAdvice(code: string, body: AdviceBody): Promise<AdviceOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/sessions/${encodeURIComponent(code)}/advice`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { status: "failed" };
  }
  const data = (await response.json().catch(() => null)) as {
    support?: unknown;
    code?: string;
    errors?: Array<{ field?: string; message?: string }>;
  } | null;
  if (response.ok) return { status: "sent", support: data?.support === true };
  if (response.status === 409 && data?.code === "session_ended") return { status: "ended" };
  const text = data?.errors?.find((e) => e.field === "text");
  return { status: text ? problemOfText(text.message) : "failed" };
}
