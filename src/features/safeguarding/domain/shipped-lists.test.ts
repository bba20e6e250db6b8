// The shipped lists in content/safeguarding, per locale: real concerns flag with the right
// category, figures of speech and ordinary advice do not.
import { describe, it, expect } from "vitest";
import type { Locale } from "@/i18n/locales";
import { LIST_LANGUAGES } from "./lists";
import {
  CONCERN_CATEGORIES,
  createMatcher,
  loadSafeguardingLists,
  matchConcerns,
  type ConcernCategory,
  type SafeguardingLists,
} from "./matcher";

interface LocaleCases {
  /** Must flag, with this category among the result's categories. */
  flags: Array<[string, ConcernCategory]>;
  /** Figures of speech: must not flag. */
  idioms: string[];
  /** Idioms above that contain a concern phrase: without the ignore list they would flag. */
  collide: string[];
  /** An idiom and a real concern in one text: must flag. */
  mixed: [string, ConcernCategory];
  /** Misspelt, stretched, shouted or accent-less versions of a concern. */
  variants: Array<[string, ConcernCategory]>;
  /** An English phrase inside a text in this language. */
  english: [string, ConcernCategory];
  /** Ordinary advice: must not flag. */
  advice: string[];
}

const cases: Record<Locale, LocaleCases> = {
  en: {
    flags: [
      ["they bully me every day", "bullying"],
      ["Sometimes I just want to die", "self-harm"],
      ["i've been cutting myself since summer", "self-harm"],
      ["My stepdad hits me when he's drunk", "abuse"],
      ["someone touched me inappropriately at the party", "abuse"],
      ["He said he's going to kill me after school", "danger"],
      ["a guy from class brought a knife to school", "danger"],
      ["my uncle touches me and i dont like it", "abuse"],
      ["someone keeps sending me threats", "danger"],
    ],
    idioms: [
      "Don't kill yourself over one bad grade, it's fine",
      "This test is killing me lol",
      "I could die of embarrassment when I fell",
      "I'm dying to see the new workshop",
      "You killed it in the presentation!",
      "The maths exam is going to kill me",
      "My friend beat me at FIFA again",
      "He hit me with a great idea for the project",
    ],
    collide: [
      "Don't kill yourself over one bad grade, it's fine",
      "The maths exam is going to kill me",
      "My friend beat me at FIFA again",
      "He hit me with a great idea for the project",
    ],
    mixed: ["Lunch is to die for, but at home my dad beats me", "abuse"],
    variants: [
      ["I WANNA DIEEEE", "self-harm"],
      ["kil myslf", "self-harm"],
      ["i want to kiiill myself", "self-harm"],
      ["SUÏCIDAL thoughts again", "self-harm"],
      ["im gonna k.m.s", "self-harm"],
    ],
    english: ["I dont want to live anymore", "self-harm"],
    advice: [
      "Ask your teacher when you don't understand",
      "Join the others at lunch, it gets better",
      "Everyone feels lost in the first weeks. Keep going!",
    ],
  },
  da: {
    flags: [
      ["de mobber mig hver eneste dag", "bullying"],
      ["Jeg tænker på at slå mig selv ihjel", "self-harm"],
      ["jeg vil ikke leve mere", "self-harm"],
      ["Nogle gange har jeg lyst til at dø", "self-harm"],
      ["min far slår mig når han er fuld", "abuse"],
      ["derhjemme slår min stedfar mig", "abuse"],
      ["han truer med at stikke mig ned", "danger"],
      ["der er en der følger efter mig hver dag", "danger"],
    ],
    idioms: [
      "Jeg dør af grin over min lærer",
      "jeg vil dø af grin hver gang",
      "Den her eksamen slår mig ihjel",
      "Jeg keder mig ihjel i matematik",
    ],
    collide: ["jeg vil dø af grin hver gang", "Den her eksamen slår mig ihjel"],
    mixed: ["Jeg dør af grin i frikvarteret, men derhjemme slår min far mig", "abuse"],
    variants: [
      ["jeg vil doeeee", "self-harm"],
      ["SLAA MIG SELV IHJEL", "self-harm"],
      ["sla mig selv ihjel", "self-harm"],
      ["selvmordstanker", "self-harm"],
    ],
    english: ["jeg ved ikke hvad jeg skal gøre, I want to kill myself", "self-harm"],
    advice: [
      "Spørg din lærer, når du ikke forstår noget",
      "Sæt dig hos de andre til frokost, det bliver bedre",
      "Det er okay at være nervøs den første dag",
    ],
  },
  nl: {
    flags: [
      ["ze pesten me elke dag op stage", "bullying"],
      ["ik denk aan zelfmoord", "self-harm"],
      ["ik wil gewoon dood", "self-harm"],
      ["ik ben weer in mezelf aan het snijden, ik snij in mezelf", "self-harm"],
      ["thuis slaat mijn vader me", "abuse"],
      ["hij heeft me verkracht", "abuse"],
      ["ze zeggen dat ze me in elkaar slaan na school", "danger"],
      ["iemand volgt me naar huis", "danger"],
    ],
    idioms: [
      "Ik lach me dood om die leraar",
      "ik ben doodmoe na de stage",
      "ik wil dood van schaamte",
      "Deze toets vermoordt me",
    ],
    collide: ["ik wil dood van schaamte", "Deze toets vermoordt me"],
    mixed: ["Ik lach me dood in de pauze, maar eigenlijk wil ik dood", "self-harm"],
    variants: [
      ["ik wil dooooood", "self-harm"],
      ["ZELFMOORDGEDACHTEN", "self-harm"],
      ["ik wil mijn leven beeindigen", "self-harm"],
      ["mijn leven beëindigen", "self-harm"],
    ],
    english: ["ik weet het niet meer, i wanna die", "self-harm"],
    advice: [
      "Vraag het aan je docent als je het niet snapt",
      "Ga bij de anderen zitten in de pauze, het wordt beter",
      "Die eerste week is spannend, maar je went eraan",
    ],
  },
  nb: {
    flags: [
      ["de mobber meg hver dag", "bullying"],
      ["jeg har lyst til å ta livet mitt", "self-harm"],
      ["jeg skader meg selv", "self-harm"],
      // Inverted word order after an adverb: the verb comes before the subject.
      ["Noen ganger har jeg lyst til å dø", "self-harm"],
      ["faren min slår meg", "abuse"],
      ["hjemme slår pappa meg", "abuse"],
      ["han sa han skal drepe meg", "danger"],
      ["noen følger etter meg fra skolen", "danger"],
    ],
    idioms: [
      "Jeg ler meg i hjel av læreren",
      "jeg er dødstrøtt etter praksis",
      "denne eksamen tar livet av meg",
      "Denne prøven dreper meg",
    ],
    collide: ["denne eksamen tar livet av meg", "Denne prøven dreper meg"],
    mixed: ["Jeg ler meg i hjel i friminuttet, men jeg vil ikke leve lenger", "self-harm"],
    variants: [
      ["jeg vil doooo", "self-harm"],
      ["har lyst til a do", "self-harm"],
      ["SKADE MEG SELV", "self-harm"],
      ["jeg vil drepe meg selv", "self-harm"],
    ],
    english: ["vet ikke hva jeg skal si, i want to kill myself", "self-harm"],
    advice: [
      "Spør læreren når du ikke forstår",
      "Sett deg sammen med de andre i lunsjen, det blir bedre",
      "Alle er nervøse den første uka",
    ],
  },
  et: {
    flags: [
      ["nad kiusavad mind iga päev", "bullying"],
      ["ma mõtlen enesetapule", "self-harm"],
      ["ma tahan lihtsalt surra", "self-harm"],
      ["ma ei taha enam elada", "self-harm"],
      ["isa lööb mind kui ta on purjus", "abuse"],
      ["kodus on koduvägivald", "abuse"],
      ["ta ähvardas mind noaga", "danger"],
      ["ta ütles et tapab mind", "danger"],
    ],
    idioms: [
      "ma suren naerma",
      "olen surmväsinud pärast praktikat",
      "see eksam tapab mind",
      "see tapab mind",
    ],
    collide: ["see eksam tapab mind", "see tapab mind"],
    mixed: ["Ma suren naerma vahetunnis, aga isa peksab mind kodus", "abuse"],
    variants: [
      ["tahan surraaaa", "self-harm"],
      ["ENESETAPP", "self-harm"],
      ["isa loob mind", "abuse"],
      ["tahaks lihtsalt ara surra", "self-harm"],
    ],
    english: ["ma ei tea enam, i want to die", "self-harm"],
    advice: [
      "Küsi õpetajalt, kui sa ei saa aru",
      "Mine lõunal teistega koos sööma, läheb paremaks",
      "Esimesel nädalal on kõik närvis",
    ],
  },
  fr: {
    flags: [
      ["ils continuent de me harceler", "bullying"],
      ["j'ai envie de mourir", "self-harm"],
      ["je veux me suicider", "self-harm"],
      ["je me fais du mal le soir", "self-harm"],
      ["il me frappe quand il a bu", "abuse"],
      ["mon beau-père m'a frappé", "abuse"],
      ["il veut me tuer", "danger"],
      ["un mec du lycée a sorti un couteau", "danger"],
    ],
    idioms: [
      "mort de rire ce prof",
      "je suis mort de fatigue après le stage",
      "ça me tue",
      "ce contrôle va me tuer",
      "ce prof me tape sur les nerfs",
      "j'ai envie de mourir de rire",
    ],
    collide: [
      "ce contrôle va me tuer",
      "ce prof me tape sur les nerfs",
      "j'ai envie de mourir de rire",
    ],
    mixed: ["mdr je suis mort de rire, mais chez moi il me frappe", "abuse"],
    variants: [
      ["ENVIE DE MOURIIIIR", "self-harm"],
      ["envi de mourir", "self-harm"],
      ["jvais me tuer", "self-harm"],
      ["il ma frappée", "abuse"],
      ["il m'a frappé", "abuse"],
    ],
    english: ["je sais pas, i want to kill myself", "self-harm"],
    advice: [
      "Demande à ton prof quand tu ne comprends pas",
      "Va manger avec les autres à midi, ça va aller mieux",
      "Tu abuses, c'est trop bien ici",
      "Mets du fromage râpé sur les pâtes",
    ],
  },
};

const shipped = loadSafeguardingLists();
const withoutIgnore = createMatcher(
  Object.fromEntries(
    LIST_LANGUAGES.map((language) => [language, { ...shipped[language], ignore: [] }]),
  ) as unknown as SafeguardingLists,
);

describe.each(Object.entries(cases) as Array<[Locale, LocaleCases]>)(
  "shipped lists: %s",
  (locale, c) => {
    it.each([...c.flags, ...c.variants, c.english, c.mixed])("flags %j as %s", (text, category) => {
      expect(matchConcerns(text).categories).toContain(category);
    });
    it.each(c.idioms)("does not flag the idiom %j", (text) => {
      expect(matchConcerns(text)).toEqual({ flagged: false, categories: [], matches: [] });
    });
    it.each(c.collide)("needs the ignore list for %j", (text) => {
      expect(withoutIgnore.match(text).flagged).toBe(true);
    });
    it.each(c.advice)("does not flag the advice %j", (text) => {
      expect(matchConcerns(text).flagged).toBe(false);
    });
    it("has at least three of each kind of case", () => {
      expect(new Set(c.flags.map(([, category]) => category)).size).toBe(CONCERN_CATEGORIES.length);
      expect(c.idioms.length).toBeGreaterThanOrEqual(3);
      expect(c.advice.length).toBeGreaterThanOrEqual(2);
    });
  },
);
