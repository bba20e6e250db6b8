// The shipped lists across languages: a text is checked against every language's list,
// whatever page it was written on; the ordinary phrases a reflection invites do not flag, in
// any language; and an idiom never hides a real concern elsewhere in the same text.
import { describe, expect, it } from "vitest";
import { matchConcerns, type ConcernCategory } from "./matcher";

describe("a text in another language than the page's", () => {
  // matchConcerns takes no locale: the page's language cannot narrow what is checked.
  it.each<[string, string, ConcernCategory]>([
    ["Russian on an Estonian page", "меня травят в группе и я не хочу жить", "self-harm"],
    ["Russian on an Estonian page", "отчим бьёт меня когда пьяный", "abuse"],
    ["Ukrainian on a Dutch page", "в коледжі мене цькують щодня", "bullying"],
    ["English on a Danish page", "jeg ved ikke, they bully me every day", "bullying"],
    ["Polish on a Norwegian page", "szef na praktykach mnie obmacuje", "abuse"],
    ["Arabic on a French page", "بفكر انتحر", "self-harm"],
    ["Estonian in a French sentence", "bon bah nad kiusavad mind", "bullying"],
    ["Danish mixed with English", "idk jeg vil tage livet af mig", "self-harm"],
  ])("flags %s: %j", (_, text, category) => {
    expect(matchConcerns(text).categories).toContain(category);
  });
});

describe("what a reflection ordinarily says", () => {
  it.each([
    "the story struck me",
    "ce qui m'a frappé, c'est la fin",
    "kan jeg henge meg på dere etter skolen",
    "jeg kuttet meg i fingeren på kjøkkenet",
    "I cut my finger in the kitchen on my first day",
    "õpetaja katsus mind aidata",
    "see lugu lõi mind pahviks",
    "I was dying to ask but I was shy",
    "it blew my mind",
    "I could have killed for a coffee",
    "the ending touched me",
    "het verhaal raakte me",
    "ça m'a touchée",
    "эта история меня тронула",
    "ця історія мене зворушила",
    "ta historia mnie poruszyła",
    "القصة لمستني",
    "jeg grinede af mig selv da jeg tabte bakken",
  ])("does not flag %j", (text) => {
    expect(matchConcerns(text)).toEqual({ flagged: false, categories: [], matches: [] });
  });
});

describe("an idiom next to a real concern", () => {
  it.each<[string, ConcernCategory]>([
    ["I was dying to ask, but my stepdad hits me", "abuse"],
    ["ce qui m'a frappé c'est que moi aussi on me harcèle", "bullying"],
    ["kan jeg henge meg på? jeg vil egentlig bare henge meg selv", "self-harm"],
    ["jeg kuttet meg i fingeren, men jeg kutter meg selv også med vilje", "self-harm"],
    ["see lugu lõi mind pahviks, isa lööb mind ka", "abuse"],
    ["I could have killed for a coffee and I want to kill myself", "self-harm"],
    ["эта контрольная меня убьет, а отчим бьёт меня", "abuse"],
    ["jeg grinede af mig selv, men de griner af mig hver dag", "bullying"],
    ["de griner af mig selv om jeg prøver", "bullying"],
  ])("still flags %j", (text, category) => {
    expect(matchConcerns(text).categories).toContain(category);
  });
});
