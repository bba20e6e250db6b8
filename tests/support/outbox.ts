// Reads the mail the app wrote to its local outbox (MAIL_OUTBOX_DIR, one JSON file a mail).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { env } from "@/lib/env";
import type { OutboxMail } from "@/lib/mail";

export function outboxMails(to?: string): OutboxMail[] {
  const dir = env().MAIL_OUTBOX_DIR;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as OutboxMail)
    .filter((m) => to === undefined || m.to === to);
}

/** The newest mail to an address, or undefined. */
export function lastMailTo(to: string): OutboxMail | undefined {
  return outboxMails(to).at(-1);
}

/** The first link in a mail's text that contains the given path part. */
export function linkIn(mail: OutboxMail, pathPart: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((l) => l.includes(pathPart));
  if (!link) throw new Error(`No link with ${pathPart} in the mail "${mail.subject}"`);
  return link;
}
