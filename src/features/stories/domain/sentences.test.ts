import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("splits at full stops, question and exclamation marks", () => {
    expect(splitSentences("I was scared. Were they? Yes! Then it got better.", "en")).toEqual([
      "I was scared.",
      "Were they?",
      "Yes!",
      "Then it got better.",
    ]);
  });

  it("keeps a closing quote with its sentence", () => {
    expect(
      splitSentences('He laughed. "Forever? I met Enzo on Monday." Then he left.', "en"),
    ).toEqual(["He laughed.", '"Forever?', 'I met Enzo on Monday."', "Then he left."]);
  });

  it("does not split before a lower-case word, a decimal or an ellipsis mid-sentence", () => {
    expect(splitSentences("It was 3.5 km away. Wait... really? yes.", "en")).toEqual([
      "It was 3.5 km away.",
      "Wait... really? yes.",
    ]);
  });

  it("handles French spacing and guillemets", () => {
    expect(splitSentences("« Tu viens ? » a-t-il dit. Oui ! M. Dupont est là.", "fr")).toEqual([
      "« Tu viens ? » a-t-il dit.",
      "Oui !",
      "M. Dupont est là.",
    ]);
  });

  it("knows the abbreviations of each language", () => {
    expect(splitSentences("Vi så bl.a. Hr. Jensen. Han smilte.", "da")).toEqual([
      "Vi så bl.a. Hr. Jensen.",
      "Han smilte.",
    ]);
    expect(splitSentences("Ta ütles nt. Mari. Ma naersin.", "et")).toEqual([
      "Ta ütles nt. Mari.",
      "Ma naersin.",
    ]);
  });

  it("starts a new sentence at a dialogue dash or a capital with a diacritic", () => {
    expect(splitSentences("Ma ei teadnud. – Õpetaja ütles tere. Ärge kartke.", "et")).toEqual([
      "Ma ei teadnud.",
      "– Õpetaja ütles tere.",
      "Ärge kartke.",
    ]);
  });

  it("gives the paragraph back when the sentences are joined", () => {
    const paragraph = 'The workshop smelled of hot copper.  "Can I ask you something?" he said.';
    const sentences = splitSentences(paragraph, "en");
    expect(sentences.join(" ")).toBe(paragraph.replace(/\s+/g, " "));
    expect(splitSentences("   ", "en")).toEqual([]);
    expect(splitSentences("No full stop at the end", "en")).toEqual(["No full stop at the end"]);
  });
});
