// Front matter of content files: a YAML block between two `---` lines at the very top.
// Our own small splitter with the `yaml` parser, because the usual library (gray-matter) also
// accepts `---js` blocks and runs them as JavaScript: a content file must be data, never code.
import { parseDocument } from "yaml";
import type { ContentProblem } from "./problem";

export interface FrontMatter {
  /** The parsed mapping; empty when the file has no front matter. */
  data: Record<string, unknown>;
  /** Everything after the closing `---` line (the whole text when there is no front matter). */
  content: string;
  /** How many lines the front matter takes, delimiters included (0 without one). */
  lines: number;
}

/** A front matter that cannot be read; `line` is the 1-based line in the whole file. */
export class FrontMatterError extends Error {
  constructor(
    message: string,
    public readonly line: number,
  ) {
    super(message);
    this.name = "FrontMatterError";
  }
}

const OPENING = /^---([^\r\n]*)$/;
const CLOSING = /^---\s*$/;

/** Splits and parses a file's front matter. Throws FrontMatterError; never runs code. */
export function parseFrontMatter(source: string): FrontMatter {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const lines = text.split("\n");
  const opening = OPENING.exec((lines[0] ?? "").replace(/\r$/, ""));
  if (!opening) return { data: {}, content: source, lines: 0 };
  // Only YAML: `---js`, `---javascript`, `---coffee` or any other language is refused.
  const language = (opening[1] ?? "").trim().toLowerCase();
  if (language !== "" && language !== "yaml" && language !== "yml") {
    throw new FrontMatterError(`only YAML is allowed between the --- lines, not "${language}"`, 1);
  }
  const end = lines.findIndex((line, index) => index > 0 && CLOSING.test(line.replace(/\r$/, "")));
  if (end < 0) throw new FrontMatterError("the closing --- line is missing", 1);

  const yamlText = lines
    .slice(1, end)
    .map((line) => line.replace(/\r$/, ""))
    .join("\n");
  const document = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false });
  const problem = document.errors[0];
  if (problem) {
    const line = problem.linePos?.[0]?.line ?? 1;
    throw new FrontMatterError(problem.message.split("\n")[0] ?? problem.message, line + 1);
  }
  const data: unknown = document.toJS({ maxAliasCount: 50 });
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
    throw new FrontMatterError("it must be a mapping of keys to values", 2);
  }
  return {
    data: (data ?? {}) as Record<string, unknown>,
    content: lines.slice(end + 1).join("\n"),
    lines: end + 1,
  };
}

/** A front matter error as a content problem, with its line. */
export function frontMatterProblem(file: string, error: unknown): ContentProblem {
  if (error instanceof FrontMatterError) {
    return { file, line: error.line, message: `front matter is not valid YAML: ${error.message}` };
  }
  throw error;
}
