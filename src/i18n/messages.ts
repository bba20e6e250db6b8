// UI strings live in messages/<locale>/<namespace>.json: one file per feature, so features
// own their strings. This merges a locale's files into one object, keyed by namespace.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Messages } from "./app-config";
import type { Locale } from "./locales";

export type { Messages };

const cache = new Map<string, Messages>();

export function messagesDir(): string {
  return join(/*turbopackIgnore: true*/ process.cwd(), "messages");
}

export function loadMessages(locale: Locale, dir = messagesDir()): Messages {
  const key = `${dir}:${locale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const messages: Record<string, unknown> = {};
  for (const file of readdirSync(join(dir, locale)).sort()) {
    if (!file.endsWith(".json")) continue;
    messages[file.slice(0, -".json".length)] = JSON.parse(
      readFileSync(join(dir, locale, file), "utf8"),
    ) as unknown;
  }
  // Every locale has the keys of en (src/i18n/messages.test.ts), which Messages describes.
  cache.set(key, messages as unknown as Messages);
  return messages as unknown as Messages;
}
