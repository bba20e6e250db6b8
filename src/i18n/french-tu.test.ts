// French student screens say "tu": a student is never addressed as "vous". Staff screens
// (classroom, dashboard, moderation, safeguarding, staff*) keep "vous". Dialogue inside a story
// (a student speaking to a trainer) is not addressed to the reader, so stories are not listed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "./messages";
import { STUDENT_NAMESPACES } from "./student-namespaces";

const FORMAL = /(?<![\p{L}\p{N}])(vous|votre|vôtre|vos)(?![\p{L}\p{N}])/iu;

type Tree = { [key: string]: unknown };

function strings(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object") {
    return Object.entries(value as Tree).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  }
  return [];
}

describe("French student screens say tu", () => {
  const messages = loadMessages("fr") as unknown as Tree;

  it("recognises the formal forms it looks for, and not words that contain them", () => {
    for (const formal of ["Vous savez", "votre nom", "Vos réponses", "à vous", "le vôtre"]) {
      expect(formal).toMatch(FORMAL);
    }
    for (const fine of ["tu vois", "vosgien", "devous", "ton nom"]) {
      expect(fine).not.toMatch(FORMAL);
    }
  });

  for (const namespace of STUDENT_NAMESPACES) {
    it(`messages/fr/${namespace}.json`, () => {
      expect(messages[namespace], namespace).toBeDefined();
      const formal = strings(messages[namespace], namespace).filter(([, text]) =>
        FORMAL.test(text),
      );
      expect(formal).toEqual([]);
    });
  }

  it("the French texts of every survey", () => {
    const dir = join(process.cwd(), "content", "surveys");
    const formal = readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .flatMap((name) => {
        const found: Array<[string, string]> = [];
        // Every localised text of a survey is an object with an "fr" key.
        JSON.parse(readFileSync(join(dir, name), "utf8"), (key, value: unknown) => {
          if (key === "fr" && typeof value === "string" && FORMAL.test(value)) {
            found.push([name, value]);
          }
          return value;
        });
        return found;
      });
    expect(formal).toEqual([]);
  });
});
