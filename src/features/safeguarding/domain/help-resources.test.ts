import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { locales } from "@/i18n/locales";
import { COUNTRIES } from "@/lib/countries";
import { checkHelpFiles } from "./content-check";
import {
  HELP_COUNTRIES,
  HELP_DIR,
  HelpResourcesError,
  loadHelpResources,
  parseHelpResources,
} from "./help-resources";

const description = locales.map((l) => `      ${l}: Text in ${l}.`).join("\n");

function file(country: string, helplines: string): string {
  return `---\ncountry: ${country}\nhelplines:\n${helplines}\n---\n\nNotes.\n`;
}

const emergency = `  - name: "112"\n    kind: emergency\n    phones: ["112"]\n    hours: "24/7"\n    description:\n${description}`;
const suicide = `  - name: Line\n    kind: suicide\n    phones: ["113"]\n    hours: ["mon-fri 09:00-21:00", "sat 10:00-14:00"]`;
const valid = `${emergency}\n${suicide}`;

describe("parseHelpResources", () => {
  it("accepts a valid file", () => {
    const { resources, problems } = parseHelpResources(file("DK", valid), "content/help/DK.md");
    expect(problems).toEqual([]);
    expect(resources?.helplines[0]).toMatchObject({
      name: "112",
      kind: "emergency",
      phones: ["112"],
      hours: { always: true },
    });
    expect(resources?.helplines[0]?.description?.fr).toBe("Text in fr.");
    // Opening hours are parsed, so a page can write them in the student's language.
    expect(resources?.helplines[1]?.hours).toEqual({
      always: false,
      slots: [
        { days: [{ from: 1, to: 5 }], opens: "09:00", closes: "21:00" },
        { days: [{ from: 6, to: 6 }], opens: "10:00", closes: "14:00" },
      ],
    });
    // A line of a standard kind needs no words of its own.
    expect(resources?.helplines[1]?.description).toBeUndefined();
  });

  it("reports each problem with its line", () => {
    const bad = `${valid}\n  - name: Line\n    kind: children\n    phones: [116111]\n    hours: "24/7"\n    url: http://example.org`;
    const { resources, problems } = parseHelpResources(file("DK", bad), "content/help/DK.md");
    expect(resources).toBeUndefined();
    expect(problems).toEqual([
      {
        file: "content/help/DK.md",
        line: 21,
        message: "helplines.2.phones.0: Invalid input: expected string, received number",
      },
      { file: "content/help/DK.md", line: 23, message: "helplines.2.url: an https:// address" },
    ]);
  });

  it("requires every locale's description when given, a phone or url, 112 and a suicide line", () => {
    const messages = (helplines: string, extra = "") =>
      parseHelpResources(
        file("NL", helplines).replace("helplines:", `${extra}helplines:`),
        "content/help/NL.md",
      ).problems.map((p) => p.message);
    expect(messages(valid.replace(/\n {6}nb:[^\n]*/, ""))).toEqual([
      "helplines.0.description.nb: Invalid input: expected string, received undefined",
    ]);
    const urlOnly = `  - name: Site\n    kind: youth\n    hours: "24/7"`;
    expect(messages(`${valid}\n${urlOnly}`)).toEqual(["helplines.2: needs phones or a url"]);
    expect(messages(suicide)).toEqual(["helplines: must list the European emergency number 112"]);
    expect(messages(emergency)).toEqual([
      "helplines: must list the national suicide prevention line (kind: suicide)",
    ]);
    // Saying why there is none is allowed, and only then.
    const why = "noNationalSuicideLine: None could be confirmed.\n";
    expect(messages(emergency, why)).toEqual([]);
    expect(messages(valid, why)).toEqual([
      "noNationalSuicideLine: a suicide prevention line is listed: remove noNationalSuicideLine",
    ]);
  });

  it("requires opening hours in a form a student can read", () => {
    const withHours = (hours: string) =>
      parseHelpResources(
        file("DK", `${emergency}\n${suicide.replace(/hours: .*/, `hours: ${hours}`)}`),
        "content/help/DK.md",
      ).problems.map((p) => p.message);
    expect(withHours('"daily 20:00-02:00"')).toEqual([]);
    expect(withHours('"evenings"')[0]).toMatch(/^helplines\.1\.hours: "evenings" is not like/);
    expect(withHours("[]")[0]).toMatch(/^helplines\.1\.hours: needs at least one slot/);
    const noHours = parseHelpResources(
      file("DK", `${emergency}\n${suicide.replace(/\n {4}hours: .*/, "")}`),
      "content/help/DK.md",
    ).problems;
    expect(noHours.map((p) => p.message)).toEqual([
      `helplines.1.hours: needs opening hours: "24/7" or slots such as "mon-fri 09:00-21:00"`,
    ]);
  });

  it("keeps the European numbers to the kind of help they are everywhere", () => {
    const line = (kind: string, phone: string) =>
      `  - name: X\n    kind: ${kind}\n    phones: ["${phone}"]\n    hours: "24/7"`;
    const problems = (kind: string, phone: string) =>
      parseHelpResources(file("DK", `${valid}\n${line(kind, phone)}`), "x/DK.md").problems.map(
        (p) => p.message,
      );
    expect(problems("children", "116 111")).toEqual([]);
    expect(problems("youth", "116111")).toEqual([]);
    expect(problems("suicide", "116 123")).toEqual([]);
    expect(problems("online", "116 123")).toEqual([
      "helplines.2.kind: 116 123 is a support or suicide line everywhere in Europe",
    ]);
    expect(problems("support", "112")).toEqual([
      "helplines.2.kind: 112 is a emergency line everywhere in Europe",
    ]);
  });

  it("rejects an unknown country, a mismatched file name, bad YAML and no front matter", () => {
    expect(parseHelpResources(file("US", valid), "x/US.md").problems[0]?.message).toMatch(
      /^country: a country of src\/lib\/countries\.ts/,
    );
    expect(parseHelpResources(file("EE", valid), "x/FR.md").problems).toEqual([
      { file: "x/FR.md", line: 2, message: 'country is "EE" but the file is FR.md' },
    ]);
    const yaml = parseHelpResources("---\ncountry: [DK\n---\n", "x/DK.md").problems;
    expect(yaml[0]?.message).toMatch(/front matter is not valid YAML/);
    expect(parseHelpResources("Just text.", "x/DK.md").problems[0]?.message).toMatch(
      /front matter/,
    );
  });
});

describe("the shipped help files", () => {
  it("cover exactly the countries a school can be in", () => {
    expect([...HELP_COUNTRIES]).toEqual([...COUNTRIES]);
    expect(checkHelpFiles(path.join(process.cwd(), HELP_DIR))).toEqual([]);
  });

  it.each(HELP_COUNTRIES)(
    "%s has 112, a suicide line, hours and words for every line",
    (country) => {
      const resources = loadHelpResources(country);
      expect(resources.country).toBe(country);
      expect(
        resources.helplines.some((h) => h.kind === "emergency" && h.phones?.includes("112")),
      ).toBe(true);
      expect(
        resources.helplines.some((h) => h.kind === "suicide") ||
          resources.noNationalSuicideLine !== undefined,
      ).toBe(true);
      // Beyond emergency numbers, every country offers at least one line to talk to someone.
      expect(
        resources.helplines.filter((h) => h.kind !== "emergency").length,
      ).toBeGreaterThanOrEqual(1);
      for (const h of resources.helplines) {
        expect(h.hours).toBeDefined();
        if (h.description) expect(Object.keys(h.description).sort()).toEqual([...locales].sort());
      }
    },
  );

  it("list lines for 18-25 year-olds in the partner countries", () => {
    const names = (country: "DK" | "NL" | "FR") =>
      loadHelpResources(country).helplines.map((h) => h.name);
    expect(names("DK")).toContain("Hørt (Børns Vilkår)");
    expect(names("NL")).toContain("Alles Oké? Supportlijn");
    expect(loadHelpResources("FR").helplines.find((h) => h.phones?.includes("3018"))?.kind).toBe(
      "online",
    );
  });
});

describe("loadHelpResources", () => {
  it("throws naming the file and the problem", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "belong-help-"));
    try {
      writeFileSync(path.join(dir, "FR.md"), file("FR", "  - name: x"));
      expect(() => loadHelpResources("FR", dir)).toThrow(HelpResourcesError);
      expect(() => loadHelpResources("FR", dir)).toThrow(/FR\.md:\d+: helplines\.0\.kind/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
