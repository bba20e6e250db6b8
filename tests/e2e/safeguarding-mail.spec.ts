// A worrying reflection in the running app reaches a person: the server's job runner mails
// the school's safeguarding contact (the demo school has none, so its admins and
// coordinators) a link to the safeguarding page, without the student's words.
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures";

const OUTBOX = ".data/e2e/outbox";
const WORDS = `I want to kill myself ${randomUUID().slice(0, 8)}`;

interface Mail {
  to: string;
  subject: string;
  text: string;
  date: string;
}

function safeguardingMailsSince(since: number): Mail[] {
  if (!existsSync(OUTBOX)) return [];
  return readdirSync(OUTBOX)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(join(OUTBOX, f), "utf8")) as Mail)
    .filter((m) => Date.parse(m.date) >= since && m.text.includes("/staff/safeguarding"));
}

test("a worrying reflection mails the safeguarding contact a link, not the text", async ({
  request,
}) => {
  const since = Date.now() - 1_000;
  const response = await request.post("/api/v1/reflections", {
    data: {
      submissionId: randomUUID(),
      storySlug: "theo-new-class",
      locale: "en",
      text: WORDS,
      roundCode: "DEMO01",
    },
  });
  expect(response.status()).toBe(201);
  expect(await response.json()).toMatchObject({ support: true });
  await expect
    .poll(() => safeguardingMailsSince(since).length, { timeout: 15_000 })
    .toBeGreaterThan(0);
  for (const mail of safeguardingMailsSince(since)) {
    expect(mail.text).toMatch(/https?:\/\/\S+\/en\/staff\/safeguarding/);
    expect(mail.text).not.toContain(WORDS);
    expect(mail.text).not.toContain("kill myself");
  }
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
});
