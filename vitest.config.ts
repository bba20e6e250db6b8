import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = fileURLToPath(new URL("./src", import.meta.url));
// Server modules import "server-only", which throws outside React Server Components.
const serverOnly = fileURLToPath(new URL("./tests/support/server-only.ts", import.meta.url));
const alias = { "@": src, "server-only": serverOnly };
// next-auth imports "next/server" without the extension Node's ESM loader needs; letting Vite
// bundle it resolves those imports the way Next does.
// next-intl's navigation does the same with "next/navigation" (components that link).
const server = { deps: { inline: ["next-auth", "@auth/core", "next-intl"] } };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          server,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          server,
          globalSetup: ["tests/support/db-global-setup.ts"],
          setupFiles: ["tests/support/db-per-file.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
