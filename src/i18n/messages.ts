// UI strings live in messages/<locale>/<namespace>.json: one file per feature, so features
// own their strings. This merges a locale's files into one object, keyed by namespace.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "./locales";

export type Messages = Record<string, Record<string, unknown>>;

const cache = new Map<string, Messages>();

export function messagesDir(): string {
  return join(/*turbopackIgnore: true*/ process.cwd(), "messages");
}

export function loadMessages(locale: Locale, dir = messagesDir()): Messages {
  const key = `${dir}:${locale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const messages: Messages = {};
  for (const file of readdirSync(join(dir, locale)).sort()) {
    if (!file.endsWith(".json")) continue;
    messages[file.slice(0, -".json".length)] = JSON.parse(
      readFileSync(join(dir, locale, file), "utf8"),
    ) as Record<string, unknown>;
  }
  cache.set(key, messages);
  return messages;
}
