// Runs a staff form's server action as a browser's form post reaches it, as someone (the fake
// session of tests/support/fake-session.ts); a redirect comes back as its target.
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { fakeSession } from "./fake-session";

export async function submitAction(
  as: { userId?: string; institutionId?: string } | undefined,
  action: (prev: FormState, data: FormData) => Promise<FormState>,
  fields: Record<string, string | string[]>,
): Promise<FormState | { redirect: string }> {
  fakeSession.userId = as?.userId;
  fakeSession.institutionId = as?.institutionId;
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of [value].flat()) data.append(key, v);
  }
  try {
    return await action(IDLE, data);
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2]! };
  }
}
