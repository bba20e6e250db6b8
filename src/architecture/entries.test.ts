// The layout's rules hold in the build: the lint rule of eslint.config.mjs refuses each kind of
// import that breaks a direction, and no feature's browser entry reaches server code.
import { readdirSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { findChain, sourceOf } from "./import-graph";

const ROOT = path.resolve(__dirname, "../..");
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("the lint rule of the layout", () => {
  it("refuses a deep import into another feature", async () => {
    const found = await refusals(
      "src/features/classroom/components/probe.tsx",
      'import { CodeForm } from "@/features/survey/components/code-form";\nexport const a = CodeForm;\n',
    );
    expect(found).toEqual([expect.stringMatching(/other feature's entry/)]);
  });

  it("refuses lib importing a feature", async () => {
    const found = await refusals(
      "src/lib/probe.ts",
      'import { roundKinds } from "@/features/survey";\nexport const a = roundKinds;\n',
    );
    expect(found).toEqual([expect.stringMatching(/never imports a feature/)]);
  });

  it("refuses a design-system primitive importing lib or a feature", async () => {
    const found = await refusals(
      "src/components/ui/probe.tsx",
      'import { env } from "@/lib/env";\nimport { roundKinds } from "@/features/survey";\nexport const a = [env, roundKinds];\n',
    );
    expect(found).toHaveLength(2);
  });

  it("lets the form kit use lib/forms, but no other part of lib nor a feature", async () => {
    const found = await refusals(
      "src/components/forms/probe.tsx",
      'import { IDLE } from "@/lib/forms/form-state";\nimport { env } from "@/lib/env";\nimport { roundKinds } from "@/features/survey";\nexport const a = [IDLE, env, roundKinds];\n',
    );
    expect(found).toEqual([expect.stringMatching(/form kit/), expect.stringMatching(/form kit/)]);
  });

  it("refuses a browser entry that exports server code", async () => {
    const found = await refusals(
      "src/features/survey/index.ts",
      'export { createRound } from "./server/create-round";\n',
    );
    expect(found).toEqual([expect.stringMatching(/browser-safe entry/)]);
  });

  it("allows a feature to use another through its two entries", async () => {
    const found = await refusals(
      "src/features/classroom/server/probe.ts",
      'import { roundKinds } from "@/features/survey";\nimport { createRound } from "@/features/survey/server";\nexport const a = [roundKinds, createRound];\n',
    );
    expect(found).toEqual([]);
  });
}, 60_000);

const FEATURES = readdirSync(path.join(ROOT, "src/features"));
// What a browser bundle must never reach: a server-only module, the database, request state.
const SERVER_PACKAGES = ["server-only", "next/headers", "pg", "@prisma/client", "node:fs", "fs"];
const isServerCode = (file: string, packages: string[]) =>
  packages.find((p) => SERVER_PACKAGES.includes(p)) ??
  (file.startsWith("src/lib/db/") || file.startsWith("src/generated/") ? file : undefined);
// A server action reaches the browser only as a reference to call.
const isServerAction = (file: string) => /^\s*["']use server["']/.test(sourceOf(file));

describe("every feature's entries", () => {
  it.each(FEATURES)("%s has a browser entry that reaches no server code", (feature) => {
    const entry = `src/features/${feature}/index.ts`;
    const reached = findChain(entry, isServerCode, (file) => !isServerAction(file));
    expect(reached?.chain.join(" -> ")).toBeUndefined();
  });
});

// These run in plain Node (tsx, without React Server Components), where "server-only" throws.
const PLAIN_NODE_COMMANDS = [
  "scripts/start-prepare.ts",
  "scripts/migrate.ts",
  "scripts/seed-demo.ts",
  "scripts/content-check.ts",
  "scripts/admin.ts",
];

describe("the commands that run outside Next", () => {
  it.each(PLAIN_NODE_COMMANDS)("%s loads no server-only module", (command) => {
    const reached = findChain(command, (_file, packages) =>
      packages.includes("server-only") ? "server-only" : undefined,
    );
    expect(reached?.chain.join(" -> ")).toBeUndefined();
  });
});
