// End-to-end tests in Debian's Chromium against the app started exactly as `npm start` does,
// on a fresh embedded database (the demo data included).
import { defineConfig, devices } from "@playwright/test";

const env = process.env;
const PORT = Number(env.E2E_PORT ?? 3210);
export const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  outputDir: "test-results",
  use: {
    // Next rewrites 127.0.0.1 to localhost: sign-in from 127.0.0.1 fails its CSRF check.
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "rm -rf .data/e2e && npm start",
    url: `${BASE_URL}/api/health`,
    // The first start builds the app: minutes on a busy 2-core machine.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      ...env,
      PORT: String(PORT),
      DATABASE_URL: "",
      BELONG_DATA_DIR: ".data/e2e/pglite",
      MAIL_OUTBOX_DIR: ".data/e2e/outbox",
    },
  },
});
