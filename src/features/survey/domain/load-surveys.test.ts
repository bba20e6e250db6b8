import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getSurveyDefinition, loadAllSurveys, readSurveyDefinitions } from "./load-surveys";

const pulseJson = readFileSync(
  path.join(process.cwd(), "content", "surveys", "belonging-pulse.json"),
  "utf8",
);

describe("the shipped surveys", () => {
  it("all load, belonging-pulse among them", () => {
    const keys = loadAllSurveys().map((definition) => definition.key);
    expect(keys).toContain("belonging-pulse");
  });

  it("are found by key, and read once", () => {
    const definition = getSurveyDefinition("belonging-pulse");
    expect(definition?.items.length).toBeGreaterThan(0);
    expect(getSurveyDefinition("belonging-pulse")).toBe(definition);
  });

  it("give undefined for an unknown key, including path-like ones", () => {
    expect(getSurveyDefinition("no-such-survey")).toBeUndefined();
    expect(getSurveyDefinition("../package")).toBeUndefined();
    expect(getSurveyDefinition("constructor")).toBeUndefined();
  });
});

describe("readSurveyDefinitions", () => {
  let dir = "";
  const folder = (files: Record<string, string>) => {
    dir = mkdtempSync(path.join(tmpdir(), "surveys-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the JSON files only", () => {
    const definitions = readSurveyDefinitions(
      folder({ "belonging-pulse.json": pulseJson, "README.md": "# Surveys" }),
    );
    expect(definitions.map((definition) => definition.key)).toEqual(["belonging-pulse"]);
  });

  it("names a file that is not valid JSON", () => {
    expect(() => readSurveyDefinitions(folder({ "broken.json": "{ nope" }))).toThrow(
      /broken\.json:\n {2}- \(root\): not valid JSON/,
    );
  });

  it("requires the key to match the file name", () => {
    expect(() => readSurveyDefinitions(folder({ "other-name.json": pulseJson }))).toThrow(
      /other-name\.json:\n {2}- key: "belonging-pulse" must be "other-name"/,
    );
  });

  it("reports every bad file at once", () => {
    const broken = folder({ "a.json": "[]", "b.json": "{", "belonging-pulse.json": pulseJson });
    let message = "";
    try {
      readSurveyDefinitions(broken);
    } catch (error) {
      expect(error).toBeInstanceOf(AggregateError);
      message = (error as Error).message;
    }
    expect(message).toContain("a.json");
    expect(message).toContain("b.json");
    expect(message).not.toContain("belonging-pulse.json");
  });
});
