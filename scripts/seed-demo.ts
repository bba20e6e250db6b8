// `npm run db:seed:demo`: adds the demo institution to the configured database (also on
// PostgreSQL, where start-up never seeds on its own).
import { closeDb } from "@/lib/db";
import { openAndMigrate } from "@/lib/db/setup";
import { DEMO_SIGN_INS, DEMO_PASSWORD, seedDemo } from "../prisma/seed/demo";

async function main() {
  const { handle } = await openAndMigrate();
  const created = await seedDemo(handle.prisma);
  console.info(created ? "Seeded the demo institution." : "The demo institution already exists.");
  console.info(`Staff sign-in (password ${DEMO_PASSWORD}):`);
  for (const a of DEMO_SIGN_INS) console.info(`  ${a.role.padEnd(12)} ${a.email}`);
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
