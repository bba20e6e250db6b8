// `npm run rounds`, the operators' command for survey rounds, started as an operator starts it:
// its modules must load outside Next, and it must talk to the database it is given (here an
// embedded one in a fresh folder, migrated by `npm run db:migrate`).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dataDir = mkdtempSync(join(tmpdir(), "belong-rounds-"));
const env = { ...process.env, DATABASE_URL: "", BELONG_DATA_DIR: join(dataDir, "pglite") };

function npm(...args: string[]) {
  const run = spawnSync("npm", ["run", "--silent", ...args], {
    encoding: "utf8",
    env,
    timeout: 120_000,
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("npm run rounds", () => {
  it("lists the rounds of a migrated database, and names what is wrong in a bad create", () => {
    expect(npm("db:migrate").status).toBe(0);

    const list = npm("rounds", "--", "list");
    expect(list.out).not.toMatch(/TypeError|at Object\./);
    expect(list.status).toBe(0);

    const create = npm(
      "rounds",
      "--",
      "create",
      "--institution",
      "Nowhere College",
      "--name",
      "Start of year",
      "--kind",
      "BASELINE",
      "--groups",
      "Chefs 1C",
      "--opens",
      "2026-09-01",
      "--closes",
      "2026-09-15",
    );
    expect(create.status).toBe(2);
    expect(create.out).toContain('No institution "Nowhere College"');
  }, 240_000);
});
