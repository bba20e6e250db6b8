// `npm test`: every gate, in order, stopping at the first that fails: lint, types, format,
// content, unit + integration tests (Vitest), end-to-end tests (Playwright). It ends with one
// line that counts the tests: "tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const reports = join(process.cwd(), ".data", "test-reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitestReport = join(reports, "vitest.json");
const playwrightReport = join(reports, "playwright.json");

const steps = [
  ["lint", "npx", ["eslint", "."]],
  ["typecheck", "npm", ["run", "typecheck"]],
  ["format", "npx", ["prettier", "--check", "."]],
  ["content", "npx", ["tsx", "scripts/content-check.ts"]],
  [
    "unit + integration",
    "npx",
    ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
  ],
  [
    "end-to-end",
    "npx",
    ["playwright", "test", "--reporter=list,json"],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
  ],
];

function counts() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(vitestReport)) {
    const v = JSON.parse(readFileSync(vitestReport, "utf8"));
    passed += v.numPassedTests ?? 0;
    failed += v.numFailedTests ?? 0;
    skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  }
  if (existsSync(playwrightReport)) {
    const p = JSON.parse(readFileSync(playwrightReport, "utf8")).stats ?? {};
    passed += (p.expected ?? 0) + (p.flaky ?? 0);
    failed += p.unexpected ?? 0;
    skipped += p.skipped ?? 0;
  }
  return { passed, failed, skipped };
}

const started = Date.now();
let failedStep;
for (const [name, command, args, extraEnv = {}] of steps) {
  const t0 = Date.now();
  console.info(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, ...extraEnv },
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${name} failed after ${seconds} s`);
    failedStep = name;
    break;
  }
  console.info(`✓ ${name} (${seconds} s)`);
}

const { passed, failed, skipped } = counts();
console.info(
  `\nAll gates ${failedStep ? `stopped at "${failedStep}"` : "passed"} in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
console.info(
  `tests: ${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed, ${skipped} skipped`,
);
process.exit(failedStep ? 1 : 0);
