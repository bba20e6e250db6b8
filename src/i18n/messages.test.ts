// Every locale has exactly the keys of en (the source), with the same placeholders, and every
// key is used somewhere in src/. A missing, extra or unused key fails here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "./messages";
import { defaultLocale, locales } from "./locales";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]!).sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

const source = loadMessages(defaultLocale) as unknown as Tree;
const sourceKeys = leaves(source);

describe("messages", () => {
  it("en has messages", () => {
    expect(sourceKeys.size).toBeGreaterThan(10);
  });

  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    it(`${locale} has exactly the keys of en, with the same placeholders`, () => {
      const keys = leaves(loadMessages(locale) as unknown as Tree);
      const missing = [...sourceKeys.keys()].filter((k) => !keys.has(k));
      const extra = [...keys.keys()].filter((k) => !sourceKeys.has(k));
      expect(missing, `keys missing from ${locale}`).toEqual([]);
      expect(extra, `keys in ${locale} that en does not have`).toEqual([]);
      const wrong = [...sourceKeys].filter(
        ([k, v]) => placeholders(v).join() !== placeholders(keys.get(k) ?? "").join(),
      );
      expect(
        wrong.map(([k]) => k),
        `placeholders differ in ${locale}`,
      ).toEqual([]);
      const empty = [...keys].filter(([, v]) => v.trim() === "").map(([k]) => k);
      expect(empty, `empty messages in ${locale}`).toEqual([]);
    });
  }

  it("every key of en is used in src/", () => {
    // A key counts as used when its path (without the namespace) is written as a string in
    // src/, or when its namespace and each part of its path are (keys built from parts,
    // like t(`steps.${step}.title`), with the parts listed in code).
    const literals = new Set<string>();
    const tokens = new Set<string>();
    for (const file of sourceFiles(join(process.cwd(), "src"))) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/"([^"\n]*)"|'([^'\n]*)'|`([^`]*)`/g)) {
        const literal = match[1] ?? match[2] ?? match[3] ?? "";
        literals.add(literal);
        for (const token of literal.split(/[^\w-]+/)) if (token) tokens.add(token);
      }
    }
    const unused = [...sourceKeys.keys()].filter((key) => {
      const [namespace, ...rest] = key.split(".");
      const path = rest.join(".");
      if (!literals.has(namespace!)) return true;
      if (literals.has(path) || literals.has(key)) return false;
      return !rest.every((part) => tokens.has(part));
    });
    expect(unused, "keys in messages/en that no code uses").toEqual([]);
  });
});
