// Which namespaces of messages a page's HTML carries, for the checks that student pages send no
// staff strings (tests/e2e/page-messages.spec.ts, bench/page-weight.ts). A namespace counts as
// sent when its longest plain message (no quotes or escapes, so it reads the same inside the
// page's RSC payload) is in the HTML: keys alone can repeat across namespaces. A message the
// page shows as server-rendered text counts too, which errs on the side of "sent".
import type { Namespace } from "./app-config";
import type { Locale } from "./locales";
import { loadMessages } from "./messages";

function leaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(leaves);
  return [];
}

/** The namespaces among `namespaces` whose messages (in `locale`) are inlined in `html`. */
export function inlinedNamespaces(
  html: string,
  locale: Locale,
  namespaces: readonly string[],
): string[] {
  const messages = loadMessages(locale) as unknown as Record<string, unknown>;
  return namespaces.filter((namespace) => {
    const plain = leaves(messages[namespace as Namespace])
      .filter((text) => !/["\\<>&{}]/.test(text))
      .sort((a, b) => b.length - a.length)[0];
    if (!plain) throw new Error(`${namespace} has no plain message to look for`);
    return html.includes(plain);
  });
}
