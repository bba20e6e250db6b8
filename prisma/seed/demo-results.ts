// Results for the demo institution, so the coordinator's pages show something real: last
// year's baseline and its follow-up (with students who answered both), pathway progress,
// advice waiting for moderation, one safeguarding flag and a classroom session. Generated from
// a fixed seed, so every demo database is the same. Chefs 1C stays small on purpose: its
// figures show as "fewer than 5 responses".
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { getSurveyDefinition } from "@/features/survey/domain/load-surveys";
import { scoreResponse, type SurveyAnswers } from "@/features/survey/domain/scoring";

const DAY = 24 * 60 * 60 * 1000;
const SURVEY = "belonging-pulse";

/**
 * Students per group (baseline, follow-up); the first `paired` answered both. The round's
 * unpaired students (9 at baseline, 7 at follow-up) reach k, so its paired change is shown;
 * Electricians 1A's (5 and 5) too, Health care 1B's (3 and 2) not: it is compared unpaired.
 */
const SIZES = [
  { baseline: 22, followUp: 22, paired: 17, lift: 0.08 },
  { baseline: 16, followUp: 15, paired: 13, lift: 0.04 },
  { baseline: 4, followUp: 3, paired: 3, lift: 0.02 },
];

const OPEN_ANSWERS = [
  "More group work in the first weeks, so we get to know each other.",
  "A place to sit together at lunch.",
  "If teachers learned our names sooner.",
  "Clearer information about the placement.",
  "A study buddy from the second year.",
  "More breaks together with the other classes.",
  "Help with the schedule when things change.",
  "Someone to talk to when the workshop is stressful.",
  "Trips or a day out with the whole class.",
  "Mixing the groups in the workshop.",
  "Being asked what we think more often.",
  "Knowing who to ask for help with money and transport.",
];

const PENDING_ADVICE = [
  "Everyone feels lost in the first weeks. Ask the person next to you, they probably wonder the same thing.",
  "Go to the break room even if you don't know anyone yet. That is where I met my best friend.",
  "Talk to your teacher if the workshop feels too fast. They want to help, they just don't always see it.",
  "The first placement week was hard for me, but by the third week I knew the routines.",
];

const APPROVED_ADVICE = [
  "Give it a few weeks: it gets easier once you know the routines.",
  "Say yes when someone asks you to join them at lunch, even if you feel shy.",
  "Everybody makes mistakes in the workshop at the start. That's how you learn.",
  "Ask the second-year students. They remember what it was like.",
  "Write down what you want to ask your teacher, then ask after class.",
  "It's normal to wonder if you chose the right programme. Most of us did.",
];

/** A small deterministic random generator (a linear congruential one). */
export function generator(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

type Tx = Prisma.TransactionClient;

export async function seedDemoResults(
  tx: Tx,
  {
    institutionId,
    groupIds,
    teacherId,
    now,
  }: {
    institutionId: string;
    groupIds: string[];
    teacherId: string;
    now: Date;
  },
): Promise<void> {
  const definition = getSurveyDefinition(SURVEY);
  if (!definition) throw new Error(`The demo needs the survey "${SURVEY}"`);
  const random = generator(2026);

  const answersFor = (belonging: number): SurveyAnswers => {
    const answers: Record<string, number | string | string[]> = {};
    for (const item of definition.items) {
      if (item.kind !== "scale") continue;
      const points = definition.scales[item.scale]?.points.length ?? 5;
      const reverse = definition.scoring.reverse.includes(item.key);
      const level = Math.min(1, Math.max(0, belonging + (random() - 0.5) * 0.5));
      const value = 1 + Math.round((reverse ? 1 - level : level) * (points - 1));
      answers[item.key] = value;
    }
    const barriers = ["classmates", "teachers", "schoolwork", "practical", "language", "placement"];
    answers.barriers =
      belonging > 0.75
        ? ["nothing"]
        : [barriers[Math.floor(random() * 3)]!, barriers[3 + Math.floor(random() * 3)]!];
    if (random() < 0.6)
      answers.open_support = OPEN_ANSWERS[Math.floor(random() * OPEN_ANSWERS.length)]!;
    return answers;
  };

  const baseline = await tx.surveyRound.create({
    data: {
      institutionId,
      name: "Last cohort: start of year",
      surveyKey: SURVEY,
      kind: "BASELINE",
      code: "DEMO25",
      opensAt: new Date(now.getTime() - 200 * DAY),
      closesAt: new Date(now.getTime() - 186 * DAY),
      groups: { create: groupIds.map((groupId) => ({ groupId })) },
    },
  });
  const followUp = await tx.surveyRound.create({
    data: {
      institutionId,
      name: "Last cohort: follow-up",
      surveyKey: SURVEY,
      kind: "FOLLOW_UP",
      code: "DEMO26",
      baselineId: baseline.id,
      opensAt: new Date(now.getTime() - 40 * DAY),
      closesAt: new Date(now.getTime() - 26 * DAY),
      groups: { create: groupIds.map((groupId) => ({ groupId })) },
    },
  });

  // Rows are collected first and written with createMany: a few statements instead of
  // hundreds keeps the demo seed well inside one transaction's time limit.
  const participants: Prisma.ParticipantCreateManyInput[] = [];
  const responses: Prisma.SurveyResponseCreateManyInput[] = [];
  const answerRows: Prisma.AnswerCreateManyInput[] = [];
  const newParticipant = () => {
    const id = randomUUID();
    participants.push({ id, institutionId });
    return id;
  };
  const respond = (
    roundId: string,
    groupId: string,
    participantId: string,
    belonging: number,
    day: Date,
  ) => {
    const answers = answersFor(belonging);
    const { score, band } = scoreResponse(definition, answers);
    const responseId = randomUUID();
    responses.push({
      id: responseId,
      roundId,
      participantId,
      groupId,
      submissionId: randomUUID(),
      locale: "en",
      score,
      band,
      invitedToPathway: band === "LOW",
      submittedOn: day,
    });
    for (const [itemKey, answer] of Object.entries(answers)) {
      if (Array.isArray(answer)) {
        for (const option of answer)
          answerRows.push({ responseId, itemKey: `${itemKey}.${option}`, value: 1 });
      } else if (typeof answer === "number")
        answerRows.push({ responseId, itemKey, value: answer });
      else answerRows.push({ responseId, itemKey, text: String(answer) });
    }
  };

  const baselineDay = new Date(now.getTime() - 195 * DAY);
  const followUpDay = new Date(now.getTime() - 30 * DAY);
  for (const [g, size] of SIZES.entries()) {
    const groupId = groupIds[g];
    if (!groupId) continue;
    const student = (rounds: { baseline: boolean; followUp: boolean }) => {
      const participantId = newParticipant();
      const belonging = 0.35 + random() * 0.55;
      if (rounds.baseline) respond(baseline.id, groupId, participantId, belonging, baselineDay);
      const later = Math.min(1, belonging + size.lift);
      if (rounds.followUp) respond(followUp.id, groupId, participantId, later, followUpDay);
    };
    for (let i = 0; i < size.paired; i++) student({ baseline: true, followUp: true });
    for (let i = size.paired; i < size.baseline; i++) student({ baseline: true, followUp: false });
    for (let i = size.paired; i < size.followUp; i++) student({ baseline: false, followUp: true });
  }

  // The Digital Pathway: 12 invited, 9 started, 6 finished.
  const progress: Prisma.PathwayProgressCreateManyInput[] = [];
  for (let i = 0; i < 12; i++) {
    const day = new Date(now.getTime() - (180 - i) * DAY);
    progress.push({
      participantId: newParticipant(),
      invitedAt: day,
      startedAt: i < 9 ? day : null,
      completedAt: i < 6 ? day : null,
    });
  }
  const joined = Array.from({ length: 18 }, () => newParticipant());
  await tx.participant.createMany({ data: participants });
  await tx.surveyResponse.createMany({ data: responses });
  await tx.answer.createMany({ data: answerRows });
  await tx.pathwayProgress.createMany({ data: progress });

  const session = await tx.classroomSession.create({
    data: {
      institutionId,
      groupId: groupIds[0]!,
      teacherId,
      joinCode: "DEMOCL",
      currentStep: 0,
      startedAt: new Date(now.getTime() - 170 * DAY),
      endedAt: new Date(now.getTime() - 170 * DAY + 55 * 60 * 1000),
    },
  });
  await tx.classroomJoin.createMany({
    data: joined.map((participantId) => ({ sessionId: session.id, participantId })),
  });

  const advice = (
    text: string,
    source: "CLASSROOM" | "PATHWAY",
    extra: Partial<Prisma.AdviceUncheckedCreateInput> = {},
  ) =>
    tx.advice.create({
      data: {
        institutionId,
        submissionId: randomUUID(),
        source,
        locale: "en",
        text,
        originalText: text,
        consentToShare: true,
        classroomSessionId: source === "CLASSROOM" ? session.id : null,
        groupId: source === "CLASSROOM" ? groupIds[0] : null,
        ...extra,
      },
    });
  for (const [i, text] of PENDING_ADVICE.entries())
    await advice(text, i % 2 ? "CLASSROOM" : "PATHWAY");
  for (let i = 0; i < 6; i++) {
    await advice(APPROVED_ADVICE[i % APPROVED_ADVICE.length]!, i % 2 ? "CLASSROOM" : "PATHWAY", {
      status: "APPROVED",
      moderatedAt: now,
    });
  }
  const flagged = await advice(
    "Some days I don't want to be here anymore and nobody would notice.",
    "PATHWAY",
    {
      flagged: true,
    },
  );
  await tx.safeguardingFlag.create({
    data: { institutionId, adviceId: flagged.id, trigger: "advice: self-harm" },
  });
}
