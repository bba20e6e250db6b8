// Every client component finds its strings, and student pages get no staff strings. Client
// components read messages from the nearest <ClientMessages> above them, which is in a layout
// (a nested provider replaces its parent's messages). So for each route file under src/app,
// the namespaces its client components read (useTranslations("<namespace>...")) must be sent
// by the nearest layout that has a <ClientMessages>: the file's own for a layout.
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { Namespace } from "./app-config";
import { FRAME_NAMESPACES } from "./client-messages";
import { loadMessages } from "./messages";
import { clientModules, definingModule, readModule, resolveImport } from "./module-graph";
import { STUDENT_NAMESPACES } from "./student-namespaces";

const APP = join(process.cwd(), "src", "app");
const SRC = join(process.cwd(), "src");
const NAMESPACES = Object.keys(loadMessages("en"));
const ROUTE_FILES = /^(page|layout|template|error|not-found|loading|default|global-error)\.tsx$/;

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, test);
    return test(name) ? [path] : [];
  });
}

/** The namespaces a client module reads; an argument without a literal counts every one named. */
function namespacesRead(file: string): string[] {
  const { text } = readModule(file);
  const found = new Set<string>();
  for (const call of text.matchAll(/\buse(Translations|Messages)\s*\(([^)]*)\)/g)) {
    if (call[1] === "Messages") throw new Error(`${file}: useMessages() reads every namespace`);
    const literals = [...call[2]!.matchAll(/["'`]([\w.]+)["'`]/g)].map((m) => m[1]!);
    if (call[2]!.trim() === "") throw new Error(`${file}: useTranslations() needs a namespace`);
    // useTranslations(namespace): any namespace the file names may be the one.
    const candidates = literals.length > 0 ? literals : [...text.matchAll(/["']([\w.]+)["']/g)];
    for (const candidate of candidates) {
      const name = (typeof candidate === "string" ? candidate : candidate[1]!).split(".")[0]!;
      if (NAMESPACES.includes(name)) found.add(name);
    }
    if (found.size === 0) throw new Error(`${file}: cannot tell which namespace it reads`);
  }
  return [...found];
}

/** The namespaces a layout's <ClientMessages namespaces={NAME}> sends, or undefined. */
async function provided(layout: string): Promise<string[] | undefined> {
  const { text } = readModule(layout);
  const uses = [...text.matchAll(/<ClientMessages\b[^>]*\bnamespaces=\{(\w+)\}/g)];
  if (uses.length === 0) return undefined;
  expect(uses, `${layout}: one <ClientMessages> per layout`).toHaveLength(1);
  const name = uses[0]![1]!;
  const from = new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*["']([^"']+)["']`);
  const specifier = from.exec(text)?.[1];
  const target = specifier && resolveImport(layout, specifier);
  if (!target) throw new Error(`${layout}: ${name} must be imported from a module in src/`);
  const values = (await import(definingModule(target, name))) as Record<string, unknown>;
  const list = values[name];
  if (!Array.isArray(list)) throw new Error(`${layout}: ${name} is not a list of namespaces`);
  return [...new Set([...FRAME_NAMESPACES, ...(list as string[])])];
}

/** The nearest layout with a <ClientMessages> above `file` (itself, for a layout). */
async function providerOf(file: string): Promise<string | undefined> {
  let dir = dirname(file);
  if (basename(file) === "layout.tsx") {
    if (await provided(file)) return file;
    dir = dirname(dir);
  }
  for (; dir.startsWith(APP); dir = dirname(dir)) {
    const layout = join(dir, "layout.tsx");
    if (existsSync(layout) && (await provided(layout))) return layout;
  }
  return undefined;
}

/** The namespaces sent to `file`'s client components. */
async function sentTo(file: string): Promise<string[]> {
  const layout = await providerOf(file);
  return layout ? ((await provided(layout)) ?? []) : [];
}

const needs = (file: string) => new Set([...clientModules(file)].flatMap(namespacesRead));

const routes = files(APP, (name) => ROUTE_FILES.test(name));
const STUDENT_ROUTES = routes.filter((file) => {
  const route = relative(APP, file);
  return !/^\[locale\]\/(staff|present)\b/.test(route) && !route.includes("join/preview");
});

describe("messages sent to the browser", () => {
  it("finds the route files", () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(STUDENT_ROUTES.map((f) => relative(APP, f))).toContain("[locale]/pathway/page.tsx");
  });

  it("<ClientMessages> sits only in layouts, and NextIntlClientProvider only in ClientMessages", () => {
    const misplaced = files(SRC, (n) => /\.tsx?$/.test(n) && !n.endsWith(".test.ts"))
      .filter((file) => {
        const { text } = readModule(file);
        if (/<ClientMessages\b/.test(text)) return basename(file) !== "layout.tsx";
        return /<NextIntlClientProvider\b/.test(text) && !file.endsWith("client-messages.tsx");
      })
      .map((file) => relative(SRC, file));
    expect(misplaced).toEqual([]);
  });

  for (const file of routes) {
    it(`${relative(APP, file)}: its client components find their namespaces`, async () => {
      const needed = needs(file);
      const sent = await sentTo(file);
      expect([...needed].filter((n) => !sent.includes(n)).sort()).toEqual([]);
    });
  }

  it("a layout sends no namespace that none of its pages' client components read", async () => {
    const read = new Map<string, Set<string>>();
    for (const file of routes) {
      const layout = await providerOf(file);
      if (!layout) continue;
      const set = read.get(layout) ?? new Set(FRAME_NAMESPACES);
      for (const namespace of needs(file)) set.add(namespace);
      read.set(layout, set);
    }
    const unread: Record<string, string[]> = {};
    for (const [layout, set] of read) {
      const extra = ((await provided(layout)) ?? []).filter((n) => !set.has(n));
      if (extra.length > 0) unread[relative(APP, layout)] = extra;
    }
    expect(unread).toEqual({});
  });

  it("student pages send only student namespaces", async () => {
    const sent = new Map<string, string[]>();
    for (const file of STUDENT_ROUTES) {
      const other = (await sentTo(file)).filter(
        (n) => !(STUDENT_NAMESPACES as readonly string[]).includes(n as Namespace),
      );
      if (other.length > 0) sent.set(relative(APP, file), other);
    }
    expect(Object.fromEntries(sent)).toEqual({});
  });
});
