// `npm run admin -- <command>`: bootstraps and looks after an installation from the server's
// shell (create an institution with its first admin, reset a password, list institutions).
import { closeDb } from "@/lib/db";
import { openAndMigrate } from "@/lib/db/setup";
import { runAdmin, USAGE } from "./admin-commands";

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  // Usage needs no database.
  if (argv.length === 0 || argv[0] === "help" || argv.includes("--help")) {
    console.info(USAGE);
    return argv.length === 0 ? 1 : 0;
  }
  await openAndMigrate();
  try {
    return await runAdmin(argv, { out: console.info, err: console.error });
  } finally {
    await closeDb();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
