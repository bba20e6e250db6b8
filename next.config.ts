import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { locales } from "./src/i18n/locales";
import { STORY_TAGS } from "./src/features/stories/domain/story-tags";
import {
  libraryRewrites,
  proxyFreeHeaderRules,
  roundRewrite,
} from "./src/lib/security/proxy-free-pages";

// Pages where students write and may dictate: the only ones allowed to use the microphone.
const WRITING_PAGES = ["/:locale/pathway/:path*", "/:locale/join/:path*", "/:locale/s/:path*"];

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Content-Security-Policy",
    value: "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'",
  },
  { key: "Permissions-Policy", value: "microphone=(), camera=(), geolocation=(), payment=()" },
  // HSTS only where the installation is served over HTTPS.
  ...(process.env.APP_URL?.startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder: bundling it
  // breaks those paths (every request would answer 500).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  // The build runs type checks and lint as separate gates (npm test), not twice.
  typescript: { ignoreBuildErrors: true },
  turbopack: {
    resolveAlias: {
      // The browser formats the compiled messages its page receives (src/i18n/compiled-messages.ts)
      // without intl-messageformat; the server formats both kinds (src/i18n/format-message.ts).
      "use-intl/format-message": {
        browser: "./node_modules/use-intl/dist/esm/production/format-message/format-only.js",
        default: "./src/i18n/format-message.ts",
      },
    },
  },
  async rewrites() {
    return {
      // The library as a device that knows no school sees it: a prerendered page per topic.
      beforeFiles: libraryRewrites(locales, STORY_TAGS),
      // Every round's page is the one page of its locale (src/app/[locale]/s/page.tsx).
      afterFiles: [roundRewrite(locales)],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      ...WRITING_PAGES.map((source) => ({
        source,
        headers: [
          {
            key: "Permissions-Policy",
            value: "microphone=(self), camera=(), geolocation=(), payment=()",
          },
        ],
      })),
      // Last, so their policy replaces the one above: the landing, join, pathway, survey and
      // story pages are served without the proxy, and these rules give them their policy (strict until
      // scripts/csp-hashes.ts fills in their scripts' hashes after the build).
      ...proxyFreeHeaderRules(locales),
    ];
  },
};

export default createNextIntlPlugin("./src/i18n/request.ts")(nextConfig);
