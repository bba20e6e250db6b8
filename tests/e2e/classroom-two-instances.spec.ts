// The classroom session across two app instances sharing one PostgreSQL database: the teacher
// on the first, the students on the second, as a load balancer would spread them. The counts
// and steps travel only through the database's notifications.
import type { Page } from "@playwright/test";
import { expect, PROJECTOR, test } from "./fixtures";
import { postgresReachable, startInstances, type Instances } from "./app-instances";
import { nginxAvailable, startNginx, type Proxy } from "./nginx-proxy";
import { heading, joinOnPhone, projectorCount, startFromClassroomPage } from "./classroom-steps";
import { startInsideOneCodeWindow } from "./rate-window";
import { signIn, TEACHER } from "./staff-sign-in";
import { readEvents } from "../support/sse-reader";

const PORTS = [Number(process.env.E2E_PORT ?? 3210) + 1, Number(process.env.E2E_PORT ?? 3210) + 2];

let instances: Instances | undefined;
let proxy: Proxy | undefined;

test.describe("classroom session on two instances", () => {
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async () => {
    test.skip(!(await postgresReachable()), "needs a PostgreSQL server (DATABASE_URL)");
    instances = await startInstances(PORTS);
    if (nginxAvailable()) proxy = await startNginx(PORTS[1]! + 2, instances.urls);
  });
  test.afterAll(async () => {
    proxy?.stop();
    await instances?.stop();
  });

  test("a teacher on one instance sees students on the other within a second, and they follow the steps", async ({
    browser,
  }) => {
    const [teacherUrl, studentUrl] = instances!.urls;
    const teacherContext = await browser.newContext({ baseURL: teacherUrl, viewport: PROJECTOR });
    const projector = await teacherContext.newPage();
    await signIn(projector, TEACHER);
    const code = await startFromClassroomPage(projector, "Electricians 1A");
    const joined = projectorCount(projector, /joined/);
    const advice = projectorCount(projector, /advice/);

    // Three phones on the other instance, joining by typing the code.
    const phones: Page[] = [];
    for (let i = 0; i < 3; i++) {
      const phone = await joinOnPhone(browser, code, studentUrl);
      await expect(joined).toHaveText(String(i + 1), { timeout: 1_000 });
      phones.push(phone);
    }

    // The phones follow the teacher's steps from the other instance.
    await projector.keyboard.press("ArrowRight");
    for (const phone of phones) await expect(heading(phone)).toHaveText("Listen to your teacher");
    await projector.keyboard.press("ArrowRight");
    await projector.keyboard.press("ArrowRight");
    await expect(projector.getByText("Step 4 of 5")).toBeVisible();
    for (const phone of phones) await expect(heading(phone)).toHaveText("Write your advice");

    // One reloads mid-way and lands on the current step; another sends advice.
    await phones[0]!.reload();
    await expect(heading(phones[0]!)).toHaveText("Write your advice");
    const writer = phones[1]!;
    await writer
      .getByLabel("Your advice for a new student")
      .fill("Sit with someone new at lunch in the first week.");
    await writer.getByRole("radio", { name: "No, keep it private" }).check();
    await writer.getByRole("button", { name: "Send my advice" }).click();
    await expect(heading(writer)).toHaveText("Thank you!");
    await expect(advice).toHaveText("1", { timeout: 1_000 });
    await Promise.all(phones.map((p) => p.context().close()));
    await teacherContext.close();
  });

  test("the wrong-code limit counts across both instances", async () => {
    const [first, second] = instances!.urls;
    const headers = { "x-forwarded-for": "203.0.113.7" };
    const miss = (url: string) =>
      fetch(`${url}/api/v1/sessions/ZZZZZZ/join`, { method: "POST", headers });
    await startInsideOneCodeWindow();
    for (let i = 0; i < 30; i++) expect((await miss(i % 2 ? second! : first!)).status).toBe(404);
    for (const url of [first!, second!]) {
      const over = await miss(url);
      expect(over.status).toBe(429);
      expect(over.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    }
  });

  test("behind nginx, the session stays live and a client cannot pick its own rate-limit key", async ({
    browser,
    playwright,
  }) => {
    test.skip(!proxy, "needs nginx (Debian's nginx-light; .ci/run installs it)");
    const base = proxy!.url;
    const teacherContext = await browser.newContext({ baseURL: base, viewport: PROJECTOR });
    const projector = await teacherContext.newPage();
    await signIn(projector, TEACHER);
    const code = await startFromClassroomPage(projector, "Health care 1B");
    const joined = projectorCount(projector, /joined/);
    // Round robin: the joins land on both instances; the projector's stream is on one.
    const phones = await Promise.all(
      [0, 1, 2, 3].map(() => playwright.request.newContext({ baseURL: base })),
    );
    for (const [i, phone] of phones.entries()) {
      expect((await phone.post(`/api/v1/sessions/${code}/join`)).status()).toBe(200);
      await expect(joined).toHaveText(String(i + 1), { timeout: 1_000 });
    }
    const stream = await fetch(`${base}/api/v1/sessions/${code}/events`);
    const moved = readEvents(stream, (events) =>
      events.some((e) => (e.data as { step?: number }).step === 1),
    );
    await projector.keyboard.press("ArrowRight");
    expect((await moved).map((e) => (e.data as { step: number }).step)).toEqual([0, 1]);
    await Promise.all(phones.map((p) => p.dispose()));
    await teacherContext.close();

    // nginx overwrites X-Forwarded-For: a new made-up address each time does not reset the
    // limit, which counts the client's real address across both instances.
    let status = 0;
    await startInsideOneCodeWindow();
    for (let i = 0; i < 31; i++) {
      const response = await fetch(`${base}/api/v1/sessions/ZZZZZZ/join`, {
        method: "POST",
        headers: { "x-forwarded-for": `198.51.100.${i}` },
      });
      status = response.status;
    }
    expect(status).toBe(429);
  });
});
