import { describe, expect, it } from "vitest";
import { parseInline, parseNotes } from "./notes-markdown";

describe("teacher notes markdown", () => {
  it("splits bold from plain text and leaves an unclosed ** as written", () => {
    expect(parseInline("a **b** c")).toEqual([
      { text: "a ", bold: false },
      { text: "b", bold: true },
      { text: " c", bold: false },
    ]);
    expect(parseInline("a **b")).toEqual([{ text: "a **b", bold: false }]);
  });

  it("reads paragraphs, bulleted and numbered lists", () => {
    const blocks = parseNotes(
      "**Say it:**\n\n- one\n- two **now**\n\n1. first\n2. second\n\nA line\nwrapped.",
    );
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "bullets", "numbers", "paragraph"]);
    expect(blocks[1]).toEqual({
      kind: "bullets",
      items: [
        [{ text: "one", bold: false }],
        [
          { text: "two ", bold: false },
          { text: "now", bold: true },
        ],
      ],
    });
    expect(blocks[3]).toEqual({
      kind: "paragraph",
      parts: [{ text: "A line wrapped.", bold: false }],
    });
  });

  it("never turns markup into anything but text", () => {
    const [block] = parseNotes("<script>alert(1)</script>");
    expect(block).toEqual({
      kind: "paragraph",
      parts: [{ text: "<script>alert(1)</script>", bold: false }],
    });
  });
});
