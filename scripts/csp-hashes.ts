// Runs after `next build`: records the sha256 of every inline script of every prerendered
// page, so the proxy can allow exactly those scripts on pages that are not rendered per
// request (a nonce cannot be added to HTML that was written at build time), and fills those
// hashes into the header rules of the pages served without the proxy (the landing page and
// the stories, src/lib/security/proxy-free-pages.ts) in the build's routes manifest, where
// `next start` reads the rules of next.config.ts's headers().
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { locales } from "@/i18n/locales";
import { inlineScriptHashes } from "@/lib/security/inline-script-hashes";
import { proxyFreeHeaderRules, withHashedPolicies } from "@/lib/security/proxy-free-pages";

const buildDir = join(process.cwd(), ".next");
const appDir = join(buildDir, "server", "app");

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

const pages: Record<string, string[]> = {};
for (const file of htmlFiles(appDir)) {
  const route = `/${relative(appDir, file)
    .replace(/\.html$/, "")
    .replace(/\/index$/, "")}`;
  if (route.startsWith("/_")) continue;
  pages[route === "/index" ? "/" : route] = inlineScriptHashes(readFileSync(file, "utf8"));
}
writeFileSync(join(buildDir, "csp-hashes.json"), JSON.stringify(pages));

const manifestFile = join(buildDir, "routes-manifest.json");
const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
  headers: Parameters<typeof withHashedPolicies>[0];
};
const hashed = proxyFreeHeaderRules(locales, pages);
const present = new Set(manifest.headers.map((rule) => rule.source));
const missing = hashed.filter((rule) => !present.has(rule.source));
if (missing.length > 0) {
  // Those pages would be served with no policy of their own: stop the build instead.
  console.error(
    `The build has no header rule for ${missing.map((r) => r.source).join(", ")}: ` +
      "next.config.ts must declare proxyFreeHeaderRules(locales).",
  );
  process.exit(1);
}
manifest.headers = withHashedPolicies(manifest.headers, hashed);
writeFileSync(manifestFile, JSON.stringify(manifest));
console.info(
  `Content-Security-Policy: hashed the inline scripts of ${Object.keys(pages).length} prerendered page(s).`,
);
