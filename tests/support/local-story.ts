// A local story that passes every check, in English and Danish, for integration and e2e tests:
// five elements, 250-450 words each, first person, no names but the storyteller's.
export const LOCAL_STORY_FACTS = {
  speakerName: "Mira",
  speakerAge: 17,
  programme: "Electrician, first year",
  tags: ["workshop", "new-class"],
  nameConsent: false,
  properNouns: [],
} as const;

export const LOCAL_STORY_EN = {
  locale: "en",
  title: "The loud workshop",
  teaser: "On my first day, everyone else seemed to know what to do with the tools.",
  transition:
    "I started the electrician programme in August. The workshop was big and loud, and it had long tables with tools I did not know the names of. Our group had twenty students, and I only knew one of them from school. The trainer showed us where the safety glasses were, and then we had to start on our first task right away.",
  worry:
    "Everyone else seemed to know what to do. They picked up the tools and started, and I just stood there and read the task again and again. I thought that maybe I was not made for this. Maybe the others had done this before and I was the only one who had no idea. I did not ask anything, because I did not want them to see it.",
  othersToo:
    "In the first break I sat down next to a girl from my group. She said that she had watched a video the night before, because she was scared of looking stupid. Then a boy at the table said that he had no idea what a cable stripper was. We laughed about it. I found out that most of us felt the same way that first week.",
  strategy:
    "The next day I decided to ask one question every morning. The first one was small: I asked the trainer to show me again how to hold the cable stripper. She was happy to show me, and two other students came over to watch too. I also started to sit with the same group in the breaks, so I had people to ask.",
  change:
    "After a few weeks the workshop did not feel so loud anymore. I knew the names of the tools, and I knew the names of the people around me. Sometimes other students asked me how to do things. I still get nervous when we start something new, but now I know that the feeling goes away when I ask and keep going.",
} as const;

export const LOCAL_STORY_DA = {
  locale: "da",
  title: "Det larmende værksted",
  teaser:
    "Min første dag virkede det, som om alle andre vidste, hvad de skulle gøre med værktøjet.",
  transition:
    "Jeg startede på elektrikeruddannelsen i august. Værkstedet var stort og larmende, og der var lange borde med værktøj, som jeg ikke kendte navnene på. Vores hold havde tyve elever, og jeg kendte kun en af dem fra skolen. Underviseren viste os, hvor sikkerhedsbrillerne var, og så skulle vi gå i gang med den første opgave med det samme.",
  worry:
    "Alle andre så ud til at vide, hvad de skulle gøre. De tog værktøjet og gik i gang, og jeg stod bare og læste opgaven igen og igen. Jeg tænkte, at jeg måske ikke var skabt til det her. Måske havde de andre prøvet det før, og jeg var den eneste, der ikke anede noget. Jeg spurgte ikke om noget, for jeg ville ikke have, at de så det.",
  othersToo:
    "I den første pause satte jeg mig ved siden af en pige fra mit hold. Hun sagde, at hun havde set en video aftenen før, fordi hun var bange for at virke dum. Så sagde en dreng ved bordet, at han ikke anede, hvad en afisoleringstang var. Vi grinede af det. Jeg fandt ud af, at de fleste af os havde det på samme måde den første uge.",
  strategy:
    "Dagen efter besluttede jeg at stille et spørgsmål hver morgen. Det første var lille: Jeg bad underviseren om at vise mig igen, hvordan man holder afisoleringstangen. Hun var glad for at vise mig det, og to andre elever kom også over for at se med. Jeg begyndte også at sidde med de samme i pauserne, så jeg havde nogen at spørge.",
  change:
    "Efter et par uger føltes værkstedet ikke så larmende længere. Jeg kendte navnene på værktøjet, og jeg kendte navnene på folkene omkring mig. Nogle gange spurgte andre elever mig, hvordan man gjorde ting. Jeg bliver stadig nervøs, når vi starter på noget nyt, men nu ved jeg, at følelsen forsvinder, når jeg spørger og bliver ved.",
} as const;
