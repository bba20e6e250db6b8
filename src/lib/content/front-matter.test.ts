import { afterEach, describe, expect, it } from "vitest";
import { FrontMatterError, parseFrontMatter } from "./front-matter";

const probe = globalThis as { frontMatterRan?: boolean };
afterEach(() => delete probe.frontMatterRan);

describe("parseFrontMatter", () => {
  it("reads a YAML mapping and gives the body after the closing line", () => {
    const parsed = parseFrontMatter("---\ntitle: Hei\ntags: [a, b]\nage: 19\n---\nBody\nmore");
    expect(parsed.data).toEqual({ title: "Hei", tags: ["a", "b"], age: 19 });
    expect(parsed.content).toBe("Body\nmore");
    expect(parsed.lines).toBe(5);
  });

  it("keeps any key, so content files can grow new ones", () => {
    const parsed = parseFrontMatter("---\nsomeNewKey:\n  nested: true\n---\n");
    expect(parsed.data).toEqual({ someNewKey: { nested: true } });
  });

  it("reads Windows line ends, a byte-order mark and ---yaml", () => {
    expect(parseFrontMatter("\uFEFF---\r\nlocale: no\r\n---\r\nBody").data).toEqual({
      locale: "no",
    });
    expect(parseFrontMatter("---yaml\na: 1\n---\n").data).toEqual({ a: 1 });
  });

  it("gives an empty mapping and the whole text when there is no front matter", () => {
    expect(parseFrontMatter("Just text\n---\n")).toEqual({
      data: {},
      content: "Just text\n---\n",
      lines: 0,
    });
    expect(parseFrontMatter("---\n---\nBody").data).toEqual({});
  });

  it.each(["js", "javascript", "JS", " javascript ", "coffee", "json"])(
    "refuses a ---%s front matter without running it",
    (language) => {
      const text = `---${language}\n{ title: (globalThis.frontMatterRan = true, "x") }\n---\nBody`;
      expect(() => parseFrontMatter(text)).toThrow(FrontMatterError);
      expect(probe.frontMatterRan).toBeUndefined();
    },
  );

  it("never runs YAML tags that other parsers map to code", () => {
    const text =
      '---\ntitle: !!js/function "function () { globalThis.frontMatterRan = true }"\n---\n';
    let data: unknown;
    try {
      data = parseFrontMatter(text).data;
    } catch (error) {
      expect(error).toBeInstanceOf(FrontMatterError);
    }
    if (data) expect(typeof (data as { title: unknown }).title).not.toBe("function");
    expect(probe.frontMatterRan).toBeUndefined();
  });

  it("reports broken YAML, duplicate keys, a missing closing line and a list, with lines", () => {
    const broken = () => parseFrontMatter("---\ntitle: ok\nbad: [unclosed\n---\n");
    expect(broken).toThrow(FrontMatterError);
    expect(() => parseFrontMatter("---\na: 1\na: 2\n---\n")).toThrow(/a/);
    const duplicate = (() => {
      try {
        parseFrontMatter("---\na: 1\na: 2\n---\n");
      } catch (error) {
        return (error as FrontMatterError).line;
      }
    })();
    expect(duplicate).toBeGreaterThanOrEqual(2);
    expect(() => parseFrontMatter("---\na: 1\n")).toThrow(/closing/);
    expect(() => parseFrontMatter("---\n- a\n- b\n---\n")).toThrow(/mapping/);
  });

  it("refuses alias bombs instead of expanding them", () => {
    const bomb = [
      "---",
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]",
      "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]",
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]",
      "e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]",
      "---",
    ].join("\n");
    expect(() => parseFrontMatter(bomb)).toThrow();
  });
});
