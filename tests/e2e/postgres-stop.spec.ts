// PostgreSQL stopped under the running app (a server of the test's own, never the machine's
// shared one): /api/health says 503, a student's send gets a calm "try again" with the text
// kept on the phone, a page that needs the database shows a translated "try again" page; once
// PostgreSQL is back the same app, never restarted, takes the send.
import pg from "pg";
import { expect, PHONE, test } from "./fixtures";
import { startInstances, type Instances } from "./app-instances";
import { createOwnPostgres, ownPostgresAvailable, type OwnPostgres } from "./own-postgres";
import { signIn, TEACHER } from "./staff-sign-in";

const APP_PORT = Number(process.env.E2E_PORT ?? 3210) + 6;
const PG_PORT = 5400 + (APP_PORT % 100);

let server: OwnPostgres | undefined;
let instances: Instances | undefined;

test.describe("PostgreSQL stops under the app", () => {
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async () => {
    test.skip(!ownPostgresAvailable(), "needs PostgreSQL's server binaries (initdb, pg_ctl)");
    server = createOwnPostgres(PG_PORT);
    instances = await startInstances([APP_PORT], { server: server.url });
  });
  test.afterAll(async () => {
    await instances?.stop().catch(() => {});
    server?.remove();
  });

  test("health says 503, a phone keeps its advice and sends it once the database is back", async ({
    browser,
  }) => {
    const base = instances!.urls[0]!;
    const teacher = await (await browser.newContext({ baseURL: base })).newPage();
    await signIn(teacher, TEACHER);
    const groups = await teacher.request.get("/api/v1/staff/groups");
    const groupId = ((await groups.json()) as { groups: { id: string }[] }).groups[0]!.id;
    const started = await teacher.request.post("/api/v1/staff/sessions", {
      data: { groupId, storySlugs: ["amira-workshop"], locale: "en" },
    });
    const { id, joinCode } = (await started.json()) as { id: string; joinCode: string };
    await teacher.request.post(`/api/v1/staff/sessions/${id}/step`, { data: { step: 3 } });

    const phone = await (await browser.newContext({ baseURL: base, viewport: PHONE })).newPage();
    await phone.goto(`/en/join/${joinCode}`);
    await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Write your advice");
    const text = "Find one person you can ask anything, and ask them.";
    await phone.getByLabel("Your advice for a new student").fill(text);
    await phone.getByRole("radio", { name: "No, keep it private" }).check();

    server!.stop();
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);

    // The send fails calmly and the text stays.
    const refused = phone.waitForResponse((r) => r.url().endsWith("/advice"));
    await phone.getByRole("button", { name: "Send my advice" }).click();
    const response = await refused;
    expect(response.status()).toBe(503);
    expect((await response.json()).code).toBe("database_unavailable");
    expect(response.headers()["retry-after"]).toMatch(/^\d+$/);
    await expect(phone.getByRole("alert").filter({ hasText: "just try again" })).toBeVisible();
    await expect(phone.getByLabel("Your advice for a new student")).toHaveValue(text);

    // A page that needs the database: a translated "try again", no error details.
    const other = await (await browser.newContext({ baseURL: base, viewport: PHONE })).newPage();
    await other.goto(`/fr/join/${joinCode}`);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Un petit souci est survenu");
    await expect(other.getByRole("button", { name: "Réessayer" })).toBeVisible();
    await expect(other.locator("body")).not.toContainText(/Error|Prisma|stack/);
    await other.screenshot({ path: "test-results/database-away-360.png" });

    // PostgreSQL comes back: the same app process answers again, without a restart.
    server!.start();
    await expect
      .poll(async () => (await fetch(`${base}/api/health`)).status, {
        timeout: 30_000,
      })
      .toBe(200);
    await phone.getByRole("button", { name: "Send my advice" }).click();
    await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Thank you!");
    await other.getByRole("button", { name: "Réessayer" }).click();
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Écris ton conseil");

    const db = new pg.Client({ connectionString: instances!.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query("SELECT count(*)::int AS n FROM advice WHERE text = $1", [
        text,
      ]);
      expect(rows[0].n).toBe(1);
    } finally {
      await db.end();
    }
  });
});
