// The classroom session across two app instances sharing one PostgreSQL database: the teacher
// on the first, the students on the second, as a load balancer would spread them. The counts
// and steps travel only through the database's notifications.
import { randomUUID } from "node:crypto";
import { expect, PROJECTOR, test } from "./fixtures";
import { postgresReachable, startTwoInstances, type Instances } from "./app-instances";
import { signIn, TEACHER } from "./staff-sign-in";
import { readEvents } from "../support/sse-reader";

const PORTS: [number, number] = [
  Number(process.env.E2E_PORT ?? 3210) + 1,
  Number(process.env.E2E_PORT ?? 3210) + 2,
];

let instances: Instances | undefined;

test.describe("classroom session on two instances", () => {
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async () => {
    test.skip(!(await postgresReachable()), "needs a PostgreSQL server (DATABASE_URL)");
    instances = await startTwoInstances(PORTS);
  });
  test.afterAll(async () => instances?.stop());

  test("a teacher on one instance sees students on the other within a second, and they follow the steps", async ({
    browser,
    playwright,
  }) => {
    const [teacherUrl, studentUrl] = instances!.urls;
    const teacherContext = await browser.newContext({ baseURL: teacherUrl, viewport: PROJECTOR });
    const projector = await teacherContext.newPage();
    await signIn(projector, TEACHER);
    await projector.goto("/en/staff/classroom");
    await projector.getByLabel("Group").selectOption({ label: "Electricians 1A" });
    await projector.getByRole("button", { name: "Start and open the projector" }).click();
    await expect(projector).toHaveURL(/\/en\/present\//);
    const code = (
      await projector.locator("p", { hasText: /^Code/ }).locator("span").last().innerText()
    ).trim();
    const joined = projector
      .locator("dl > div")
      .filter({ hasText: /joined/ })
      .locator("dd");
    const advice = projector
      .locator("dl > div")
      .filter({ hasText: /advice/ })
      .locator("dd");

    const phones = await Promise.all(
      [0, 1, 2].map(() => playwright.request.newContext({ baseURL: studentUrl })),
    );
    for (const [i, student] of phones.entries()) {
      expect((await student.post(`/api/v1/sessions/${code}/join`)).status()).toBe(200);
      await expect(joined).toHaveText(String(i + 1), { timeout: 1_000 });
    }

    // A stream on the students' instance follows the step the teacher moves to.
    const stream = await fetch(`${studentUrl}/api/v1/sessions/${code}/events`);
    const moved = readEvents(stream, (events) =>
      events.some((e) => (e.data as { step?: number }).step === 1),
    );
    await projector.keyboard.press("ArrowRight");
    await expect(projector.getByText("Step 2 of 5")).toBeVisible();
    const steps = (await moved).map((e) => (e.data as { step: number }).step);
    expect(steps).toEqual([0, 1]);

    const sent = await phones[1]!.post(`/api/v1/sessions/${code}/advice`, {
      data: {
        submissionId: randomUUID(),
        text: "Sit with someone new at lunch in the first week.",
        locale: "en",
        consentToShare: false,
      },
    });
    expect(sent.status()).toBe(201);
    await expect(advice).toHaveText("1", { timeout: 1_000 });
    await Promise.all(phones.map((p) => p.dispose()));
    await teacherContext.close();
  });
});
