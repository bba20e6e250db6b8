// Runs after `next build`: records the sha256 of every inline script of every prerendered
// page, so the proxy can allow exactly those scripts on pages that are not rendered per
// request (a nonce cannot be added to HTML that was written at build time).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { inlineScriptHashes } from "@/lib/security/inline-script-hashes";

const appDir = join(process.cwd(), ".next", "server", "app");

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
writeFileSync(join(process.cwd(), ".next", "csp-hashes.json"), JSON.stringify(pages));
console.info(
  `Content-Security-Policy: hashed the inline scripts of ${Object.keys(pages).length} prerendered page(s).`,
);
