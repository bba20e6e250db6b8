// The strings a page sends to the browser: only the namespaces its client components read.
// Without a `messages` prop, NextIntlClientProvider would inline every namespace (staff,
// dashboard and mail strings too) into every page. Each layout that renders client components
// wraps its children in <ClientMessages namespaces={...}> with its feature's list (e.g.
// PATHWAY_CLIENT_NAMESPACES); src/i18n/client-messages.test.ts fails when a client component
// reads a namespace its page does not send.
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import type { Messages, Namespace } from "./app-config";
import { compileMessages } from "./compiled-messages";
import type { Locale } from "./locales";
import { loadMessages } from "./messages";
import { setPageLocale } from "./page-locale";

/**
 * What the page frame's own client parts read (language switcher, error view). Every provider
 * sends them, because a nested provider replaces its parent's messages instead of adding to them.
 */
export const FRAME_NAMESPACES = ["common", "errors"] as const satisfies readonly Namespace[];

/** `messages` with only `namespaces` (and the frame's). */
export function pickMessages(
  messages: Messages,
  namespaces: readonly Namespace[],
): Partial<Messages> {
  const picked: Partial<Record<Namespace, unknown>> = {};
  for (const namespace of new Set([...FRAME_NAMESPACES, ...namespaces])) {
    picked[namespace] = messages[namespace];
  }
  return picked as Partial<Messages>;
}

const compiled = new Map<string, Partial<Messages>>();

/** What a page of `locale` sends for `namespaces`, compiled once per process. */
function clientMessages(locale: Locale, namespaces: readonly Namespace[]): Partial<Messages> {
  const key = `${locale}:${namespaces.join(",")}`;
  let messages = compiled.get(key);
  if (!messages) {
    messages = compileMessages(pickMessages(loadMessages(locale), namespaces));
    compiled.set(key, messages);
  }
  return messages;
}

/** Gives the client components below it the messages of `namespaces`, in the page's locale. */
export function ClientMessages({
  locale,
  namespaces,
  children,
}: {
  locale: string;
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  setPageLocale(locale);
  return (
    <NextIntlClientProvider messages={clientMessages(locale, namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
