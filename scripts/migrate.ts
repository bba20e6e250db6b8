// `npm run db:migrate`: applies pending migrations to the configured database. On the
// embedded database (no DATABASE_URL) it also seeds the demo institution the first time.
import { closeDb } from "@/lib/db";
import { openAndMigrate } from "@/lib/db/setup";
import { env, usesEmbeddedDatabase } from "@/lib/env";
import { DEMO_SIGN_INS, DEMO_PASSWORD, seedDemo } from "../prisma/seed/demo";

async function main() {
  const { handle, result } = await openAndMigrate();
  const where = usesEmbeddedDatabase()
    ? `embedded database (${env().BELONG_DATA_DIR})`
    : "PostgreSQL database";
  console.info(
    result.applied.length
      ? `Applied ${result.applied.length} migration(s) to the ${where}: ${result.applied.join(", ")}`
      : `The ${where} is up to date (${result.alreadyApplied} migration(s) applied).`,
  );
  const seed = env().BELONG_SEED_DEMO;
  if (seed === "yes" || (seed === "auto" && usesEmbeddedDatabase())) {
    const institutions = await handle.prisma.institution.count();
    if (seed === "yes" || institutions === 0) {
      if (await seedDemo(handle.prisma)) {
        console.info(
          "Seeded the demo institution. Staff sign-in (password " + DEMO_PASSWORD + "):",
        );
        for (const a of DEMO_SIGN_INS) console.info(`  ${a.role.padEnd(12)} ${a.email}`);
      }
    }
  }
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
