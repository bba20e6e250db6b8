// The lexical layer of the Prisma schema parser (prisma-schema.ts): blocks, attributes and
// their arguments, with strings and comments handled, and line numbers kept for errors.

export class PrismaSchemaError extends Error {
  constructor(line: number, message: string) {
    super(`schema.prisma line ${line}: ${message}`);
    this.name = "PrismaSchemaError";
  }
}

export interface Line {
  text: string;
  line: number;
}
export interface Block {
  kind: string;
  name: string;
  line: number;
  body: Line[];
}
export interface Attribute {
  name: string;
  args?: string;
}

/** Index just past a string that starts at `start` (a double quote), escapes honoured. */
function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}

export function stripComment(text: string): string {
  for (let i = 0; i < text.length;) {
    if (text[i] === '"') i = skipString(text, i);
    else if (text.startsWith("//", i)) return text.slice(0, i);
    else i++;
  }
  return text;
}

export function splitBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  source.split(/\r?\n/).forEach((raw, index) => {
    const text = stripComment(raw).trim();
    const line = index + 1;
    if (!text) return;
    if (current) {
      if (text === "}") {
        blocks.push(current);
        current = undefined;
      } else current.body.push({ text, line });
      return;
    }
    const open = /^(\w+)\s+(\w+)\s*\{$/.exec(text);
    if (!open) throw new PrismaSchemaError(line, `expected "model Name {" or similar: ${text}`);
    const [, kind = "", name = ""] = open;
    current = { kind, name, line, body: [] };
  });
  if (current) throw new PrismaSchemaError(current.line, `${current.name} is never closed`);
  return blocks;
}

/** Splits on top-level commas: commas inside strings, () or [] stay. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length;) {
    const ch = text[i];
    if (ch === '"') {
      i = skipString(text, i);
      continue;
    }
    if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
    i++;
  }
  parts.push(text.slice(start).trim());
  return parts.filter((part) => part !== "");
}

export function parseAttributes(text: string, line: number): Attribute[] {
  const attributes: Attribute[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i] ?? "")) {
      i++;
      continue;
    }
    const name = /^@@?[\w.]+/.exec(text.slice(i))?.[0];
    if (!name) throw new PrismaSchemaError(line, `unexpected "${text.slice(i)}"`);
    i += name.length;
    if (text[i] !== "(") {
      attributes.push({ name });
      continue;
    }
    let depth = 0;
    let end = i;
    for (; end < text.length; end++) {
      if (text[end] === '"') end = skipString(text, end) - 1;
      else if (text[end] === "(") depth++;
      else if (text[end] === ")" && --depth === 0) break;
    }
    if (end >= text.length) throw new PrismaSchemaError(line, `unclosed "(" after ${name}`);
    attributes.push({ name, args: text.slice(i + 1, end).trim() });
    i = end + 1;
  }
  return attributes;
}

/** Named arguments (`fields: [a]`) by name; positional ones under "0", "1", ... */
export function parseArgs(args: string | undefined): Map<string, string> {
  const named = new Map<string, string>();
  splitTopLevel(args ?? "").forEach((part, index) => {
    const match = /^(\w+)\s*:\s*([\s\S]*)$/.exec(part);
    if (match) named.set(match[1] ?? "", match[2] ?? "");
    else named.set(String(index), part);
  });
  return named;
}

export function parseList(value: string | undefined, line: number): string[] {
  const inner = /^\[([\s\S]*)\]$/.exec(value?.trim() ?? "")?.[1];
  if (inner === undefined) throw new PrismaSchemaError(line, `expected a [list], got ${value}`);
  const items = splitTopLevel(inner);
  for (const item of items) {
    if (!/^\w+$/.test(item)) throw new PrismaSchemaError(line, `unsupported list entry: ${item}`);
  }
  return items;
}

export function parseString(value: string | undefined, line: number): string {
  if (!value || !/^"(?:[^"\\]|\\.)*"$/.test(value)) {
    throw new PrismaSchemaError(line, `expected a "string", got ${value}`);
  }
  return JSON.parse(value) as string;
}
