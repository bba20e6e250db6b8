// The shipped lists against the ways students say things without the obvious keyword: that
// nobody would notice if they were gone, that they are a burden, that they want to disappear;
// separable and inverted verbs; being grabbed or pressed for photos at a placement; threats to
// share pictures. Each form is checked in several languages, and the ordinary sentences that
// share its words must stay quiet.
import { describe, expect, it } from "vitest";
import { matchConcerns, type ConcernCategory } from "./matcher";

const flags: Array<[string, ConcernCategory]> = [
  // Nobody would notice, care or miss me.
  ["honestly no one would notice if i just vanished", "self-harm"],
  ["ingen ville savne mig hvis jeg døde", "self-harm"],
  ["niemand zou me missen als ik er niet meer was", "self-harm"],
  ["personne le remarquerait si je mourais", "self-harm"],
  ["никто не заметит если меня не станет", "self-harm"],
  ["nikt by nie zauważył gdybym umarła", "self-harm"],
  // Being a burden, wanting to disappear or not to exist.
  ["i feel like im just a burden to my family", "self-harm"],
  ["ik ben gewoon een last voor mijn ouders", "self-harm"],
  ["jeg er bare en byrde for dem", "self-harm"],
  ["jestem tylko ciężarem dla rodziny", "self-harm"],
  ["ma olen oma perele koormaks", "self-harm"],
  ["i just want to disappear tbh", "self-harm"],
  ["jeg vil bare forsvinne fra det hele", "self-harm"],
  ["хочется просто не существовать", "self-harm"],
  ["j'aimerais juste plus exister", "self-harm"],
  // Never waking up, tired of life, what is the point of living.
  ["i want to go to sleep and never wake up again", "self-harm"],
  ["jeg vil sove og aldrig vågne op igen", "self-harm"],
  ["хочу заснуть и не проснуться", "self-harm"],
  ["je suis tellement fatiguée de vivre", "self-harm"],
  ["hva er vitsen med å leve egentlig", "self-harm"],
  ["po co ja żyję w ogóle", "self-harm"],
  // Separable and inverted verbs, the passive.
  ["die jongens schelden me de hele tijd uit", "bullying"],
  ["thuis werd ik vaak geslagen", "abuse"],
  ["de plaget meg på bussen hver dag", "bullying"],
  ["jeg blir plaget av noen i klassen", "bullying"],
  ["mind kutsutakse klassis lolliks", "bullying"],
  // Touching, grabbing, kissing and photos at a placement.
  ["my supervisor at the garage touches me when nobody is around", "abuse"],
  ["le chef en stage me touche tout le temps", "abuse"],
  ["een klant kneep in mijn kont", "abuse"],
  ["клиент схватил меня за попу", "abuse"],
  ["a customer keeps asking me to send him pictures", "abuse"],
  ["mijn chef vraagt om fotos van mij in bikini", "abuse"],
  ["kolega próbował mnie pocałować na zapleczu", "abuse"],
  ["زميلي حاول يبوسني", "abuse"],
  // Threats: knives, waiting outside, sharing pictures.
  ["hij zei dat hij me gaat steken", "danger"],
  ["en fyr sa han skulle knivstikke meg", "danger"],
  ["mon ex menace de diffuser mes photos", "danger"],
  ["someone keeps turning up outside my house", "danger"],
  // Warning signs said without the words: a goodbye letter, feeling worthless, giving things away.
  ["i wrote a goodbye note to my best friend", "self-harm"],
  ["jeg har skrevet et afskedsbrev", "self-harm"],
  ["написала прощальну записку", "self-harm"],
  ["i feel completely worthless", "self-harm"],
  ["i gave all my things away this week", "self-harm"],
  ["jeg straffer mig selv ved ikke at spise", "self-harm"],
  // Bruises from a parent, being cornered, a hand on the knee, Danish "slår mig".
  ["i have bruises on my back from my stepdad", "abuse"],
  ["ik heb blauwe plekken van mijn stiefvader", "abuse"],
  ["the chef cornered me in the storeroom", "abuse"],
  ["min kæreste slår mig når han er sur", "abuse"],
  ["szef kładzie mi rękę na udzie", "abuse"],
  // Blackmail and weapons.
  ["he will post my pics unless i pay him", "danger"],
  ["wyciągnął nóż na przerwie", "danger"],
];

const quiet = [
  "il m'a frappé par sa gentillesse",
  "mijn leermeester duwde me om het gewoon te proberen",
  "mesteren dyttet meg til å prøve sveising",
  "min mester skubbede mig til at prøve noget nyt",
  "det plager meg litt at jeg kom for sent",
  "jeg var plaget av hodepine hele uka",
  "i wanted to disappear when i tripped in front of the class",
  "this story really touches me",
  "هالامتحان عم يقتلني",
  "jeg tar på meg jakka og går",
  "the chef showed me how to hold the knife",
  "my boss asked me to send photos of the finished wall",
  "det slog mig at de andre også var nervøse",
  "jeg slog mig på bordet i køkkenet",
  "han trak en kniv fra skuffen for at skære brødet",
  "my mentor keeps waiting for me after class to help with maths",
  "i hit myself on the head with the cupboard door lol",
  "ik ben waardeloos in voetbal",
  "het was beter zonder mij in het doel",
  "la porte me coince toujours le doigt",
  "on a fait une fête pour en finir avec les exams",
  "the puzzle had no way out until i found the key",
];

describe("everyday phrasings in the shipped lists", () => {
  it.each(flags)("flags %j as %s", (text, category) => {
    expect(matchConcerns(text).categories).toContain(category);
  });

  it.each(quiet)("does not flag %j", (text) => {
    expect(matchConcerns(text).matches).toEqual([]);
  });
});
