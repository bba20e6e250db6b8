// The demo network: "BelongVET pilot 2026-27", four schools (Denmark, Estonia, Norway, the
// Netherlands) that accepted the lead's invitation, each with a baseline and a follow-up round
// (their adoptions of the network's two shared rounds) whose students partly answered both (an intervention and a comparison group each, every
// student naming a barrier), and a network lead account. The schools' changes differ
// on purpose, so the report shows a pooled change with real heterogeneity. Deterministic, and
// written with createMany so that `npm start` seeds in a moment.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { getSurveyDefinition } from "@/features/survey/domain/load-surveys";
import { scoreResponse, type SurveyAnswers } from "@/features/survey/domain/scoring";
import { fromWallClock } from "@/features/survey/domain/round-window";
import { timeZoneOf } from "@/lib/countries";
import { generator } from "./demo-results";

export const DEMO_NETWORK = "BelongVET pilot 2026-27";
export const DEMO_NETWORK_LEAD = { email: "network@demo.belong.vet", name: "Demo Network Lead" };

const DAY = 24 * 60 * 60 * 1000;
const SURVEY = "belonging-pulse";

/** Per school: two groups, baseline answers, how many answered the follow-up too, the lift. */
const SCHOOLS = [
  { name: "Roskilde Technical College", country: "DK", locale: "da", prefix: "RK", lift: 0.1 },
  { name: "Tartu Vocational College", country: "EE", locale: "et", prefix: "TV", lift: 0.02 },
  { name: "Bergen Vocational School", country: "NO", locale: "nb", prefix: "BV", lift: 0.07 },
  { name: "Utrecht MBO College", country: "NL", locale: "nl", prefix: "UM", lift: -0.01 },
] as const;
const GROUPS = [
  {
    name: "Electricians 1",
    programme: "Electrician",
    expectedSize: 26,
    answered: 22,
    paired: 18,
    arm: "INTERVENTION",
  },
  {
    name: "Health care 1",
    programme: "Health care",
    expectedSize: 24,
    answered: 19,
    paired: 15,
    arm: "COMPARISON",
  },
] as const;

type Tx = Prisma.TransactionClient;

export async function seedDemoNetwork(
  tx: Tx,
  { passwordHash, now }: { passwordHash: string; now: Date },
): Promise<void> {
  const definition = getSurveyDefinition(SURVEY);
  if (!definition) throw new Error(`The demo needs the survey "${SURVEY}"`);
  const random = generator(2027);
  const scaleItems = definition.items.filter((item) => item.kind === "scale");
  const barriers = definition.items.find((item) => item.key === "barriers");
  const barrierOptions = barriers?.kind === "multi" ? barriers.options.map((o) => o.key) : [];

  const lead = await tx.user.create({
    data: { ...DEMO_NETWORK_LEAD, passwordHash, emailVerified: now },
  });
  const network = await tx.network.create({ data: { name: DEMO_NETWORK } });
  await tx.networkLead.create({ data: { networkId: network.id, userId: lead.id } });
  // The shared rounds every school adopted: days, run in each school's own time zone.
  const today = Math.floor(now.getTime() / DAY) * DAY;
  const days = (from: number, to: number) => ({
    opensOn: new Date(today - from * DAY),
    closesOn: new Date(today - to * DAY),
  });
  const schoolWindow = (shared: { opensOn: Date; closesOn: Date }, country: string) => ({
    opensAt: fromWallClock(shared.opensOn, timeZoneOf(country)),
    closesAt: fromWallClock(new Date(shared.closesOn.getTime() + DAY), timeZoneOf(country)),
  });
  const sharedBaseline = await tx.networkRound.create({
    data: {
      networkId: network.id,
      name: "Pilot baseline",
      surveyKey: SURVEY,
      kind: "BASELINE",
      ...days(200, 187),
    },
  });
  const sharedFollowUp = await tx.networkRound.create({
    data: {
      networkId: network.id,
      name: "Pilot follow-up",
      surveyKey: SURVEY,
      kind: "FOLLOW_UP",
      baselineId: sharedBaseline.id,
      ...days(40, 27),
    },
  });

  const participants: Prisma.ParticipantCreateManyInput[] = [];
  const responses: Prisma.SurveyResponseCreateManyInput[] = [];
  const answers: Prisma.AnswerCreateManyInput[] = [];
  const audit: Prisma.AuditEventCreateManyInput[] = [];
  const respond = (
    roundId: string,
    groupId: string,
    participantId: string,
    belonging: number,
    locale: string,
    day: Date,
  ) => {
    const given: Record<string, number> = {};
    for (const item of scaleItems) {
      if (item.kind !== "scale") continue;
      const points = definition.scales[item.scale]?.points.length ?? 5;
      const reverse = definition.scoring.reverse.includes(item.key);
      const level = Math.min(1, Math.max(0, belonging + (random() - 0.5) * 0.5));
      given[item.key] = 1 + Math.round((reverse ? 1 - level : level) * (points - 1));
    }
    const { score, band } = scoreResponse(definition, given as SurveyAnswers);
    const responseId = randomUUID();
    responses.push({
      id: responseId,
      roundId,
      participantId,
      groupId,
      submissionId: randomUUID(),
      locale,
      score,
      band,
      invitedToPathway: band === "LOW",
      submittedOn: day,
    });
    for (const [itemKey, value] of Object.entries(given))
      answers.push({ responseId, itemKey, value });
    // One barrier, weighted towards the first options, so the report has a clear order.
    const option = barrierOptions[Math.floor(random() ** 2 * barrierOptions.length)];
    if (option) answers.push({ responseId, itemKey: `barriers.${option}`, value: 1 });
  };

  // Every row gets its id here, so the whole network is a handful of createMany statements.
  const schools: Prisma.InstitutionCreateManyInput[] = [];
  const groups: Prisma.GroupCreateManyInput[] = [];
  const rounds: Prisma.SurveyRoundCreateManyInput[] = [];
  const roundGroups: Prisma.SurveyRoundGroupCreateManyInput[] = [];
  const memberships: Prisma.NetworkMembershipCreateManyInput[] = [];
  const invitedAt = new Date(now.getTime() - 230 * DAY);
  const acceptedAt = new Date(now.getTime() - 225 * DAY);
  const at = (days: number) => new Date(now.getTime() - days * DAY);
  for (const spec of SCHOOLS) {
    const institutionId = randomUUID();
    schools.push({
      id: institutionId,
      name: spec.name,
      country: spec.country,
      defaultLocale: spec.locale,
    });
    const round = { institutionId, surveyKey: SURVEY };
    const baselineId = randomUUID();
    const followUpId = randomUUID();
    rounds.push(
      {
        ...round,
        id: baselineId,
        name: sharedBaseline.name,
        kind: "BASELINE",
        code: `${spec.prefix}PB26`,
        networkRoundId: sharedBaseline.id,
        ...schoolWindow(sharedBaseline, spec.country),
      },
      {
        ...round,
        id: followUpId,
        name: sharedFollowUp.name,
        kind: "FOLLOW_UP",
        code: `${spec.prefix}PF27`,
        baselineId,
        networkRoundId: sharedFollowUp.id,
        ...schoolWindow(sharedFollowUp, spec.country),
      },
    );
    for (const group of GROUPS) {
      const groupId = randomUUID();
      groups.push({
        id: groupId,
        institutionId,
        name: group.name,
        programme: group.programme,
        expectedSize: group.expectedSize,
        startDate: at(210),
      });
      roundGroups.push(
        { roundId: baselineId, groupId, arm: group.arm },
        { roundId: followUpId, groupId, arm: group.arm },
      );
      for (let i = 0; i < group.answered; i++) {
        const participantId = randomUUID();
        participants.push({ id: participantId, institutionId });
        const belonging = 0.3 + random() * 0.55;
        respond(baselineId, groupId, participantId, belonging, spec.locale, at(195));
        if (i < group.paired) {
          const later = Math.min(1, Math.max(0, belonging + spec.lift + (random() - 0.5) * 0.1));
          respond(followUpId, groupId, participantId, later, spec.locale, at(30));
        }
      }
    }
    memberships.push({
      networkId: network.id,
      institutionId,
      status: "ACTIVE",
      invitedById: lead.id,
      invitedAt,
      acceptedAt,
    });
    const target = { institutionId, targetType: "network", targetId: network.id };
    const details = { network: DEMO_NETWORK };
    const adopted = (targetId: string, networkRoundId: string) => ({
      institutionId,
      actorId: null,
      action: "network_round_adopted",
      targetType: "round",
      targetId,
      details: { ...details, networkRoundId },
      createdAt: acceptedAt,
    });
    audit.push(
      { ...target, actorId: lead.id, action: "network_invited", details, createdAt: invitedAt },
      { ...target, actorId: null, action: "network_joined", details, createdAt: acceptedAt },
      adopted(baselineId, sharedBaseline.id),
      adopted(followUpId, sharedFollowUp.id),
    );
  }
  await tx.institution.createMany({ data: schools });
  await tx.group.createMany({ data: groups });
  await tx.surveyRound.createMany({ data: rounds });
  await tx.surveyRoundGroup.createMany({ data: roundGroups });
  await tx.networkMembership.createMany({ data: memberships });
  await tx.participant.createMany({ data: participants });
  await tx.surveyResponse.createMany({ data: responses });
  await tx.answer.createMany({ data: answers });
  await tx.auditEvent.createMany({ data: audit });
}
