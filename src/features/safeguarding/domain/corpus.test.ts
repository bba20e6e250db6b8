// The shipped lists against the shipped corpus (content/safeguarding/corpus): every concern
// flags with its category and no harmless text flags, in every language. Also the cost of
// matching, which runs inside request handlers.
import { describe, expect, it } from "vitest";
import { LIST_LANGUAGES } from "./lists";
import { loadCorpora, MIN_CONCERNS, MIN_HARMLESS, scoreCorpus } from "./corpus";
import { createMatcher, loadSafeguardingLists } from "./matcher";

const matcher = createMatcher(loadSafeguardingLists());
const corpora = loadCorpora();

describe.each(corpora.map((c) => [c.language, c] as const))("corpus: %s", (_, loaded) => {
  it("is valid and large enough, with every category", () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.corpus?.concerns.length).toBeGreaterThanOrEqual(MIN_CONCERNS);
    expect(loaded.corpus?.harmless.length).toBeGreaterThanOrEqual(MIN_HARMLESS);
  });
  it("flags every concern with its category and no harmless text", () => {
    const score = scoreCorpus(loaded.corpus!, matcher);
    expect(score.missed).toEqual([]);
    expect(score.falseAlarms).toEqual([]);
  });
});

describe("the corpus", () => {
  it("covers every list language", () => {
    expect(corpora.map((c) => c.language)).toEqual([...LIST_LANGUAGES]);
  });
});

describe("matching cost", () => {
  it("checks a 2,000-character text against every list in well under a millisecond or two", () => {
    const text = corpora
      .flatMap((c) => [...(c.corpus?.harmless ?? [])])
      .join(". ")
      .slice(0, 2000);
    for (let i = 0; i < 20; i++) matcher.match(text);
    // CPU time, not wall time: the machine running the tests may be busy with other work.
    const runs = 200;
    const before = process.cpuUsage();
    for (let i = 0; i < runs; i++) matcher.match(text);
    const used = process.cpuUsage(before);
    const msPerText = (used.user + used.system) / 1000 / runs;
    expect(msPerText).toBeLessThan(3);
  });
});
