// The import graph of src/, read from the source text, for tests that must know which modules
// end up in the browser (./client-messages.test.ts). A module is browser code when it has
// "use client" or is imported, directly or not, by such a module. Imports through a barrel
// (a file of `export { a } from "./a"` lines) are followed name by name, as the bundler's tree
// shaking does, so importing Button from @/components/ui does not count the dictation field.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const SRC = join(process.cwd(), "src");
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

export interface Module {
  file: string;
  text: string;
  client: boolean;
  /** Modules this one's own code imports, each with the names taken (undefined: all). */
  imports: Array<{ file: string; names?: string[] }>;
  /** Names this module re-exports: exported name -> [source file, name there]. */
  reexports: Map<string, [string, string]>;
  /** `export * from` sources. */
  starExports: string[];
}

export function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = join(SRC, specifier.slice(2));
  else if (specifier.startsWith(".")) base = resolve(dirname(from), specifier);
  else return undefined; // a package
  if (/\.(ts|tsx)$/.test(base) && existsSync(base)) return base;
  for (const ext of EXTENSIONS) {
    const path = base + ext;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return undefined; // JSON, CSS and other assets
}

function names(list: string): Array<[string, string]> {
  return list
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith("type "))
    .map((part) => {
      const [name, alias] = part.split(/\s+as\s+/).map((s) => s.trim());
      return [name!, alias ?? name!];
    });
}

const cache = new Map<string, Module>();

export function readModule(file: string): Module {
  const hit = cache.get(file);
  if (hit) return hit;
  const raw = readFileSync(file, "utf8");
  // Comments out, so an import in a comment does not count.
  const text = raw.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const mod: Module = {
    file,
    text,
    client: /^\s*["']use client["']/m.test(text.split("\n").slice(0, 5).join("\n")),
    imports: [],
    reexports: new Map(),
    starExports: [],
  };
  for (const m of text.matchAll(/^\s*export\s+\{([^}]*)\}\s+from\s+["']([^"']+)["']/gm)) {
    const target = resolveImport(file, m[2]!);
    if (!target) continue;
    for (const [name, alias] of names(m[1]!)) mod.reexports.set(alias, [target, name]);
  }
  for (const m of text.matchAll(/^\s*export\s+\*\s+from\s+["']([^"']+)["']/gm)) {
    const target = resolveImport(file, m[1]!);
    if (target) mod.starExports.push(target);
  }
  const statements = /^\s*import\s+(type\s+)?([\s\S]*?)\s+from\s+["']([^"']+)["']/gm;
  for (const m of text.matchAll(statements)) {
    if (m[1]) continue; // types only: nothing reaches the bundle
    const target = resolveImport(file, m[3]!);
    if (!target) continue;
    const named = /^\{([^}]*)\}$/.exec(m[2]!.trim());
    mod.imports.push(
      named ? { file: target, names: names(named[1]!).map(([name]) => name) } : { file: target },
    );
  }
  // Side-effect imports and dynamic imports (next/dynamic, lazy) bring the whole module.
  for (const m of text.matchAll(/(?:^\s*import\s+|\bimport\s*\(\s*)["']([^"']+)["']/gm)) {
    const target = resolveImport(file, m[1]!);
    if (target) mod.imports.push({ file: target });
  }
  cache.set(file, mod);
  return mod;
}

/** The module that defines `name` as exported by `file`, following re-exports. */
export function definingModule(file: string, name: string, seen = new Set<string>()): string {
  if (seen.has(`${file}#${name}`)) return file;
  seen.add(`${file}#${name}`);
  const mod = readModule(file);
  const reexport = mod.reexports.get(name);
  if (reexport) return definingModule(reexport[0], reexport[1], seen);
  const declares = new RegExp(
    `export\\s+(?:async\\s+)?(?:function|const|let|class|enum)\\s+${name}\\b|export\\s+\\{[^}]*\\b${name}\\b[^}]*\\}\\s*;`,
  );
  if (declares.test(mod.text)) return file;
  for (const star of mod.starExports) {
    const found = definingModule(star, name, seen);
    if (found !== star || declares.test(readModule(star).text)) return found;
  }
  return file;
}

/** Whether the module has code of its own beyond re-exports (a pure barrel has none). */
function hasOwnCode(mod: Module): boolean {
  const rest = mod.text
    .replace(/^\s*export\s+(type\s+)?\{[^}]*\}\s+from\s+["'][^"']+["'];?/gm, "")
    .replace(/^\s*export\s+\*\s+from\s+["'][^"']+["'];?/gm, "")
    .replace(/^\s*["']use client["'];?/gm, "")
    .trim();
  return rest.length > 0;
}

/** Every module a module's code needs, taking named imports through barrels. */
function dependencies(mod: Module): string[] {
  return mod.imports.flatMap(({ file, names }) => {
    if (!names) return everything(file);
    return names.map((name) => definingModule(file, name));
  });
}

/** A whole module: its own code and everything it re-exports. */
function everything(file: string): string[] {
  const mod = readModule(file);
  return [
    file,
    ...[...mod.reexports.values()].map(([source, name]) => definingModule(source, name)),
    ...mod.starExports,
  ];
}

/**
 * The browser modules reachable from a server module (a page or layout): the "use client"
 * modules it renders and everything they import.
 */
export function clientModules(entry: string): Set<string> {
  const server = new Set<string>();
  const client = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const mod = readModule(file);
    const asClient = inClient || mod.client;
    const seen = asClient ? client : server;
    if (seen.has(file)) return;
    seen.add(file);
    if (!hasOwnCode(mod) && !asClient) return;
    for (const dep of dependencies(mod)) visit(dep, asClient);
  };
  visit(entry, false);
  return client;
}
