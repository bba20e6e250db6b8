import { readdirSync } from "node:fs";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layout's directions (ARCHITECTURE.md, "Entries and directions"), checked on every lint:
// app -> features -> lib; a feature reaches another only through its two entries, index.ts
// (safe in the browser) and server/index.ts (server-only).
const FEATURES = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const deepImport = (feature) => ({
  group: ["@/features/*/**", "!@/features/*/server", `!@/features/${feature}/**`],
  message: "Use the other feature's entry: @/features/<x> (browser-safe) or @/features/<x>/server.",
});
const appImport = { group: ["@/app/**"], message: "Features never import routes." };
// What a browser entry may not pull in: server code of its own or another feature, the
// database, request state.
const serverCode = {
  group: [
    "./server",
    "./server/**",
    "@/features/*/server",
    "@/features/*/server/**",
    "server-only",
    "@/lib/db",
    "@/lib/db/**",
    "next/headers",
    "@/generated/**",
  ],
  message: "index.ts is the browser-safe entry: export server code from server/index.ts.",
};

const restrict = (...patterns) => ["error", { patterns }];

const layering = [
  ...FEATURES.flatMap((feature) => [
    {
      files: [`src/features/${feature}/**/*.{ts,tsx}`],
      ignores: [`src/features/${feature}/index.ts`],
      rules: { "no-restricted-imports": restrict(deepImport(feature), appImport) },
    },
    {
      files: [`src/features/${feature}/index.ts`],
      rules: { "no-restricted-imports": restrict(deepImport(feature), appImport, serverCode) },
    },
  ]),
  {
    files: ["src/lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict({
        group: ["@/features/**", "@/app/**", "**/features/**", "**/app/**"],
        message: "lib is cross-cutting: it never imports a feature or a route.",
      }),
    },
  },
  {
    // The form kit every feature's forms share: the primitives and its own helpers in lib/forms.
    files: ["src/components/forms/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict({
        group: [
          "@/lib/**",
          "!@/lib/forms",
          "!@/lib/forms/**",
          "@/features/**",
          "@/app/**",
          "**/features/**",
        ],
        message:
          "The form kit uses components/ui and lib/forms, never another part of lib or a feature.",
      }),
    },
  },
  {
    files: ["src/components/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict({
        group: ["@/lib/**", "@/features/**", "@/app/**", "**/lib/**", "**/features/**"],
        message: "The design system's primitives depend on nothing of the app.",
      }),
    },
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "src/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    // One env module: everything else reads validated settings from src/lib/env.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/lib/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Use env from @/lib/env." },
      ],
    },
  },
  ...layering,
];

export default config;
