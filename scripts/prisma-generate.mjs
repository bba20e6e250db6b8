// Generates the Prisma client. Prisma 7's CLI tries to download its Rust schema engine even
// for `generate`; where that engine is absent (offline machines), pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any executable lets `generate` run on its own.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync, chmodSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const stub = join(tmpdir(), "belong-prisma-engine-stub.sh");
  if (!existsSync(stub)) {
    mkdirSync(tmpdir(), { recursive: true });
    writeFileSync(stub, "#!/bin/sh\nexit 1\n");
    chmodSync(stub, 0o755);
  }
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
execFileSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
