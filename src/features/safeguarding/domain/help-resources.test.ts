import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { locales } from "@/i18n/locales";
import {
  HELP_COUNTRIES,
  HelpResourcesError,
  isHelpCountry,
  loadHelpResources,
  parseHelpResources,
} from "./help-resources";

const description = locales.map((l) => `      ${l}: Text in ${l}.`).join("\n");

function file(country: string, helplines: string): string {
  return `---\ncountry: ${country}\nhelplines:\n${helplines}\n---\n\nNotes.\n`;
}

const emergency = `  - name: "112"\n    phones: ["112"]\n    emergency: true\n    description:\n${description}`;

describe("parseHelpResources", () => {
  it("accepts a valid file", () => {
    const { resources, problems } = parseHelpResources(file("DK", emergency), "content/help/DK.md");
    expect(problems).toEqual([]);
    expect(resources?.helplines[0]).toMatchObject({
      name: "112",
      phones: ["112"],
      emergency: true,
    });
    expect(resources?.helplines[0]?.description.fr).toBe("Text in fr.");
  });

  it("reports each problem with its line", () => {
    const bad = `${emergency}\n  - name: Line\n    phones: [116111]\n    url: http://example.org\n    description:\n${description}`;
    const { resources, problems } = parseHelpResources(file("DK", bad), "content/help/DK.md");
    expect(resources).toBeUndefined();
    expect(problems).toEqual([
      {
        file: "content/help/DK.md",
        line: 15,
        message: "helplines.1.phones.0: Invalid input: expected string, received number",
      },
      { file: "content/help/DK.md", line: 16, message: "helplines.1.url: an https:// address" },
    ]);
  });

  it("requires every locale's description, a phone or url, and 112", () => {
    const messages = (helplines: string) =>
      parseHelpResources(file("NL", helplines), "content/help/NL.md").problems.map(
        (p) => p.message,
      );
    expect(messages(emergency.replace(/\n {6}nb:[^\n]*/, ""))).toEqual([
      "helplines.0.description.nb: Invalid input: expected string, received undefined",
    ]);
    const line = `  - name: Line\n    description:\n${description}`;
    expect(messages(`${emergency}\n${line}`)).toEqual(["helplines.1: needs phones or a url"]);
    expect(messages(line.replace("name: Line", "name: Line\n    url: https://113.nl"))).toEqual([
      "helplines: must list the European emergency number 112",
    ]);
  });

  it("rejects an unknown country, a mismatched file name, bad YAML and no front matter", () => {
    expect(parseHelpResources(file("SE", emergency), "x/SE.md").problems[0]?.message).toMatch(
      /^country: Invalid option/,
    );
    expect(parseHelpResources(file("EE", emergency), "x/FR.md").problems).toEqual([
      { file: "x/FR.md", line: 2, message: 'country is "EE" but the file is FR.md' },
    ]);
    const yaml = parseHelpResources("---\ncountry: [DK\n---\n", "x/DK.md").problems;
    expect(yaml[0]?.message).toMatch(/front matter is not valid YAML/);
    expect(parseHelpResources("Just text.", "x/DK.md").problems[0]?.message).toMatch(
      /front matter/,
    );
  });
});

describe("loadHelpResources", () => {
  it.each(HELP_COUNTRIES)("loads the shipped %s file with 112 and every locale", (country) => {
    const resources = loadHelpResources(country);
    expect(resources.country).toBe(country);
    expect(resources.helplines.some((h) => h.emergency && h.phones?.includes("112"))).toBe(true);
    // Beyond emergency numbers, every country offers at least two services for young people.
    expect(resources.helplines.filter((h) => !h.emergency).length).toBeGreaterThanOrEqual(2);
    for (const h of resources.helplines) {
      expect(Object.keys(h.description).sort()).toEqual([...locales].sort());
    }
  });

  it("throws naming the file and the problem", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "belong-help-"));
    try {
      writeFileSync(path.join(dir, "FR.md"), file("FR", "  - name: x"));
      expect(() => loadHelpResources("FR", dir)).toThrow(HelpResourcesError);
      expect(() => loadHelpResources("FR", dir)).toThrow(/FR\.md:\d+: helplines\.0\.description/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("knows which countries have a help file", () => {
    expect(isHelpCountry("NO")).toBe(true);
    expect(isHelpCountry("SE")).toBe(false);
    expect(isHelpCountry(undefined)).toBe(false);
  });
});
