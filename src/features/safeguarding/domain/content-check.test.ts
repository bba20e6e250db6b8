import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, it, expect } from "vitest";
import {
  checkCorpora,
  checkHelpFiles,
  checkSafeguardingLists,
  safeguardingContentCheck,
} from "./content-check";
import { loadSafeguardingLists } from "./lists";

const SHIPPED_LISTS = path.join(process.cwd(), "content", "safeguarding");
const SHIPPED_HELP = path.join(process.cwd(), "content", "help");

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp copy of a shipped folder, so a test can break one file. */
function copyOf(folder: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "belong-safeguarding-"));
  temps.push(dir);
  cpSync(folder, dir, { recursive: true });
  return dir;
}

function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, "utf8")));
}

describe("safeguardingContentCheck", () => {
  it("finds no problems in the shipped lists and help files", () => {
    expect(safeguardingContentCheck.name).toBe("safeguarding");
    expect(safeguardingContentCheck.run()).toEqual([]);
  });
});

describe("checkSafeguardingLists", () => {
  it("reports a missing locale", () => {
    const dir = copyOf(SHIPPED_LISTS);
    rmSync(path.join(dir, "et.json"));
    const problems = checkSafeguardingLists(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe("the et list is missing");
    expect(problems[0]?.file).toMatch(/et\.json$/);
  });

  it("reports invalid JSON with its line", () => {
    const dir = copyOf(SHIPPED_LISTS);
    writeFileSync(path.join(dir, "da.json"), '{\n  "locale": "da",\n  "categories": {,\n}\n');
    const [problem] = checkSafeguardingLists(dir);
    expect(problem?.message).toMatch(/^not valid JSON/);
    expect(problem?.line).toBe(3);
  });

  it("reports an empty category at the category's line", () => {
    const dir = copyOf(SHIPPED_LISTS);
    const file = path.join(dir, "nl.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    json.categories.danger = [];
    writeFileSync(file, JSON.stringify(json, null, 2));
    const problems = checkSafeguardingLists(dir);
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/nl\.json$/),
        line:
          readFileSync(file, "utf8")
            .split("\n")
            .findIndex((l) => l.includes('"danger"')) + 1,
        message: "categories.danger: needs at least one phrase",
      },
    ]);
  });

  it("reports a pattern that does not compile, and a duplicate, with their lines", () => {
    const dir = copyOf(SHIPPED_LISTS);
    edit(path.join(dir, "fr.json"), (t) =>
      t.replace('"suicid*",', '"suicid*",\n      "me ... ... tuer",\n      "scarif*",'),
    );
    const problems = checkSafeguardingLists(dir);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [6, 'self-harm: "me ... ... tuer": two "..." in a row'],
      [7, 'self-harm: "scarif*" is listed twice'],
    ]);
  });

  it("reports a phrase its own ignore list swallows", () => {
    const dir = copyOf(SHIPPED_LISTS);
    edit(path.join(dir, "nb.json"), (t) =>
      t.replace('"ignore": [', '"ignore": [\n    "ta|tar|tok livet av *",'),
    );
    const problems = checkSafeguardingLists(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe(
      'self-harm: "ta|tar|tok livet av meg" is swallowed by the ignore entry "ta|tar|tok livet av *" and can never flag',
    );
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  it("reports a locale field that does not match the file, and stray files", () => {
    const dir = copyOf(SHIPPED_LISTS);
    edit(path.join(dir, "et.json"), (t) => t.replace('"locale": "et"', '"locale": "fr"'));
    writeFileSync(path.join(dir, "de.json"), "{}");
    const messages = checkSafeguardingLists(dir).map((p) => p.message);
    expect(messages).toEqual([
      "not a list language (en, da, nl, nb, et, fr, ru, uk, pl, ar)",
      'locale is "fr" but the file is for "et"',
    ]);
  });
});

describe("checkCorpora", () => {
  const lists = loadSafeguardingLists();
  const SHIPPED_CORPUS = path.join(SHIPPED_LISTS, "corpus");

  it("scores every language with full recall and no false alarm", () => {
    const { problems, scores } = checkCorpora(lists);
    expect(problems).toEqual([]);
    expect(scores.map((s) => s.language)).toEqual(Object.keys(lists));
    expect(safeguardingContentCheck.summary?.()[0]).toMatch(/^language\s+concerns\s+recall/);
  });

  it("reports a concern the lists miss, a harmless text they flag, and a missing category", () => {
    const dir = copyOf(SHIPPED_CORPUS);
    const file = path.join(dir, "pl.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    json.concerns = json.concerns.filter((c: { category: string }) => c.category !== "danger");
    json.concerns.push(
      { text: "wszystko dobrze dzisiaj", category: "abuse" },
      ...Array.from({ length: 10 }, () => ({ text: "chce umrzec", category: "self-harm" })),
    );
    json.harmless.push("they bully me every day");
    writeFileSync(file, JSON.stringify(json));
    const messages = checkCorpora(lists, dir).problems.map((p) => p.message);
    expect(messages).toEqual([
      'no concern of the category "danger"',
      'missed abuse: does not flag: "wszystko dobrze dzisiaj"',
      expect.stringMatching(/^false alarm \(.*\): "they bully me every day"$/),
    ]);
  });

  it("reports a language without a corpus, or with too few sentences", () => {
    const dir = copyOf(SHIPPED_CORPUS);
    rmSync(path.join(dir, "ar.json"));
    edit(path.join(dir, "uk.json"), (t) => {
      const json = JSON.parse(t);
      json.harmless = json.harmless.slice(0, 3);
      return JSON.stringify(json);
    });
    const messages = checkCorpora(lists, dir).problems.map((p) => p.message);
    expect(messages).toEqual([
      "harmless: needs at least 15 harmless texts",
      "the corpus is missing",
    ]);
  });
});

describe("checkHelpFiles", () => {
  it("reports a missing country", () => {
    const dir = copyOf(SHIPPED_HELP);
    rmSync(path.join(dir, "FR.md"));
    expect(checkHelpFiles(dir).map((p) => p.message)).toEqual(["the help file for FR is missing"]);
  });

  it("reports a missing locale description at its helpline's description line", () => {
    const dir = copyOf(SHIPPED_HELP);
    const file = path.join(dir, "DK.md");
    edit(file, (t) => t.replace(/\n {6}et: Alla 18[^\n]*/, ""));
    const [problem, ...rest] = checkHelpFiles(dir);
    expect(rest).toEqual([]);
    expect(problem?.message).toBe(
      "helplines.1.description.et: Invalid input: expected string, received undefined",
    );
    const lines = readFileSync(file, "utf8").split("\n");
    const second = lines.findIndex((l) => l.includes("name: Børnetelefonen"));
    expect(problem?.line).toBe(
      lines.findIndex((l, i) => i > second && l.includes("description:")) + 1,
    );
  });
});
