"use client";

import type { ReactNode } from "react";
import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { defaultLocale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";

/**
 * The messages for a page outside every locale (the root 404). It is a client component on
 * purpose: next-intl's server provider would read the request's headers for its settings,
 * and that one read makes every page of the app dynamic, story pages included.
 */
export function DefaultLocaleProvider({
  messages,
  children,
}: {
  messages: Messages;
  children: ReactNode;
}) {
  return (
    // Messages are JSON files: strings nested in objects, as next-intl expects.
    <NextIntlClientProvider
      locale={defaultLocale}
      messages={messages as AbstractIntlMessages}
      timeZone="UTC"
    >
      {children}
    </NextIntlClientProvider>
  );
}
