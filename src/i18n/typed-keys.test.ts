// Message keys are typed (app-config.ts): a wrong key, namespace or locale fails `npm run
// typecheck`. Each @ts-expect-error below must stay an error, or the type check itself fails
// ("unused directive"), so these lines are checked by tsc, not run; the test shows that the
// same typed translator finds the real keys.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { MessageKey } from "./app-config";
import { loadMessages } from "./messages";

const messages = loadMessages("en");

/** Never called: what the type check must refuse. */
export function refusedByTheTypeCheck() {
  const t = createTranslator({ locale: "en", messages, namespace: "landing" });
  // @ts-expect-error: no such key in messages/en/landing.json
  t("titel");
  // @ts-expect-error: no such namespace
  createTranslator({ locale: "en", messages, namespace: "landingPage" });
  // @ts-expect-error: not a locale Belong speaks
  createTranslator({ locale: "de", messages });
  // @ts-expect-error: a whole key kept in data (a navigation label) is checked too
  const label: MessageKey = "staff.nav.audits";
  return label;
}

describe("typed message keys", () => {
  it("find the English source's keys through the typed translator", () => {
    const t = createTranslator({ locale: "en", messages, namespace: "landing" });
    expect(t("title")).toBe(messages.landing.title);
    const label: MessageKey = "staff.nav.audit";
    const whole = createTranslator({ locale: "en", messages });
    expect(whole(label)).toBe(messages.staff.nav.audit);
  });
});
