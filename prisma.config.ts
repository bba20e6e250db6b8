// Prisma CLI configuration. Only `prisma generate` is used here: migrations are SQL files
// applied by scripts/migrate.ts, and the runtime connects through a driver adapter (src/lib/db).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
