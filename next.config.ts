import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder: bundling it
  // breaks those paths (every request would answer 500).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  // The build runs type checks and lint as separate gates (npm test), not twice.
  typescript: { ignoreBuildErrors: true },
};

export default createNextIntlPlugin("./src/i18n/request.ts")(nextConfig);
