// The one way the app sends mail (sign-in links, invitations, password resets). With SMTP_URL
// it goes out through SMTP; without, it is written to MAIL_OUTBOX_DIR as one JSON file per
// mail, which development and tests read instead of a mailbox.
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createTransport, type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** What the outbox keeps of a mail: one file `<time>-<random>.json` each. */
export interface OutboxMail extends Mail {
  from: string;
  date: string;
}

/** Whether mail really leaves the server (SMTP is configured). */
export function mailIsDelivered(): boolean {
  return Boolean(env().SMTP_URL);
}

const store = globalThis as unknown as { belongSmtp?: { url: string; transport: Transporter } };

function smtpTransport(url: string): Transporter {
  if (store.belongSmtp?.url !== url) store.belongSmtp = { url, transport: createTransport(url) };
  return store.belongSmtp.transport;
}

async function writeToOutbox(dir: string, mail: OutboxMail): Promise<void> {
  await mkdir(dir, { recursive: true });
  const name = `${Date.now()}-${randomBytes(4).toString("hex")}.json`;
  await writeFile(join(dir, name), `${JSON.stringify(mail, null, 2)}\n`, { mode: 0o600 });
}

export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM, MAIL_OUTBOX_DIR } = env();
  if (SMTP_URL) {
    const info = await smtpTransport(SMTP_URL).sendMail({ from: MAIL_FROM, ...mail });
    if ((info.rejected?.length ?? 0) > 0) throw new Error("The mail server refused the recipient.");
    return;
  }
  await writeToOutbox(MAIL_OUTBOX_DIR, {
    from: MAIL_FROM,
    date: new Date().toISOString(),
    ...mail,
  });
}
