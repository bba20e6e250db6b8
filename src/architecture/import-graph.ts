// A small reader of the app's own import graph (static `import`/`export ... from` and dynamic
// `import()`), enough to check what an entry pulls in. Packages are leaves; `import type` is
// skipped, since the compiler erases it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];
const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** A module of the app (a path from the repository's root) or a package's name. */
export type ModuleId = string;

function resolveFile(from: string, specifier: string): ModuleId | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, "src", specifier.slice(2));
  else if (specifier.startsWith("."))
    base = path.resolve(path.dirname(path.join(ROOT, from)), specifier);
  else return undefined;
  for (const ext of ["", ...EXTENSIONS]) {
    const file = base + ext;
    if (existsSync(file) && /\.tsx?$/.test(file)) return path.relative(ROOT, file);
  }
  return undefined;
}

/** The source of a module of the app. */
export function sourceOf(file: ModuleId): string {
  return readFileSync(path.join(ROOT, file), "utf8");
}

/** What one module imports: files of the app, and packages by name. */
export function importsOf(file: ModuleId): { files: ModuleId[]; packages: string[] } {
  const files: ModuleId[] = [];
  const packages: string[] = [];
  for (const match of sourceOf(file).matchAll(SPECIFIER)) {
    const specifier = (match[1] ?? match[2])!;
    const resolved = resolveFile(file, specifier);
    if (resolved) files.push(resolved);
    else if (!specifier.startsWith(".") && !specifier.startsWith("@/")) packages.push(specifier);
  }
  return { files, packages };
}

/**
 * The first chain of imports from `entry` to a module for which `stop` names a reason, or
 * undefined. `follow` says whether to read a module's own imports (a "use server" file, for
 * instance, reaches the browser only as a reference).
 */
export function findChain(
  entry: ModuleId,
  stop: (file: ModuleId, packages: string[]) => string | undefined,
  follow: (file: ModuleId) => boolean = () => true,
): { chain: ModuleId[]; reason: string } | undefined {
  const seen = new Set<ModuleId>([entry]);
  const queue: ModuleId[][] = [[entry]];
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const file = chain.at(-1)!;
    const { files, packages } = importsOf(file);
    const reason = stop(file, packages);
    if (reason) return { chain, reason };
    if (chain.length > 1 && !follow(file)) continue;
    for (const next of files) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push([...chain, next]);
    }
  }
  return undefined;
}
