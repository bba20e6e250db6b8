// The preparation of `npm start` (scripts/start.sh), in a process that ends before the server
// starts: validates the environment, keeps a generated AUTH_SECRET in .data/ when none is set,
// builds the app if the build is missing or older than the source, applies migrations (and on
// the embedded database seeds the demo data the first time, then closes it: one process at a
// time opens the embedded folder), and says where the app will be.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { EnvError, parseEnv } from "@/lib/env";

const root = process.cwd();
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
const tsxCli = join(root, "node_modules", "tsx", "dist", "cli.mjs");

function fail(message: string): never {
  console.error(`\nBelong cannot start:\n${message}\n`);
  process.exit(1);
}

/** Staff sessions need a secret; a fresh install gets one generated and kept in .data/. */
function ensureAuthSecret(env: NodeJS.ProcessEnv): void {
  if (env.AUTH_SECRET) return;
  const file = join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
  if (env.DATABASE_URL) {
    console.warn(
      "AUTH_SECRET is not set: using one kept in .data/auth-secret. Set AUTH_SECRET when you run more than one instance.",
    );
  }
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  const inputs = [
    "src",
    "messages",
    "content",
    "public",
    "next.config.ts",
    "package-lock.json",
    "postcss.config.mjs",
  ];
  return inputs.every((input) => newestMtime(join(root, input)) <= built);
}

function run(args: string[], env: NodeJS.ProcessEnv, what: string): void {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env });
  if (result.status !== 0) fail(`${what} failed (exit code ${result.status ?? result.signal}).`);
}

function main(): void {
  const env = { ...process.env };
  ensureAuthSecret(env);
  let parsed;
  try {
    parsed = parseEnv(env);
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
  if (!buildIsCurrent()) {
    console.info("Building Belong (first start, or the source changed)...");
    run([nextBin, "build"], { ...env, NODE_ENV: "production" }, "The build");
    run([tsxCli, "scripts/csp-hashes.ts"], env, "Hashing the prerendered pages' scripts");
  }
  run([tsxCli, "scripts/migrate.ts"], env, "Migrating the database");
  const url = `http://localhost:${parsed.PORT}`;
  console.info(`\nBelong starts at ${url}  (students: ${url}/en, staff: ${url}/en/staff)`);
  if (!parsed.DATABASE_URL) {
    console.info(
      "Embedded database with demo data. Staff sign-in: admin@demo.belong.vet, coordinator@demo.belong.vet or teacher@demo.belong.vet; network lead: network@demo.belong.vet; password belong-demo-2026.\n",
    );
  }
}

main();
