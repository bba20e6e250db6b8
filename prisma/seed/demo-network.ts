// The demo network: "BelongVET pilot 2026-27", four schools (Denmark, Estonia, Norway, the
// Netherlands) that accepted the lead's invitation, each with a baseline and a follow-up round
// whose students partly answered both, and a network lead account. The schools' changes differ
// on purpose, so the report shows a pooled change with real heterogeneity. Deterministic, and
// written with createMany so that `npm start` seeds in a moment.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { getSurveyDefinition } from "@/features/survey/domain/load-surveys";
import { scoreResponse, type SurveyAnswers } from "@/features/survey/domain/scoring";
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
  { name: "Electricians 1", programme: "Electrician", expectedSize: 26, answered: 22, paired: 18 },
  { name: "Health care 1", programme: "Health care", expectedSize: 24, answered: 19, paired: 15 },
];

type Tx = Prisma.TransactionClient;

export async function seedDemoNetwork(
  tx: Tx,
  { passwordHash, now }: { passwordHash: string; now: Date },
): Promise<void> {
  const definition = getSurveyDefinition(SURVEY);
  if (!definition) throw new Error(`The demo needs the survey "${SURVEY}"`);
  const random = generator(2027);
  const scaleItems = definition.items.filter((item) => item.kind === "scale");

  const lead = await tx.user.create({
    data: { ...DEMO_NETWORK_LEAD, passwordHash, emailVerified: now },
  });
  const network = await tx.network.create({ data: { name: DEMO_NETWORK } });
  await tx.networkLead.create({ data: { networkId: network.id, userId: lead.id } });

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
  };

  for (const spec of SCHOOLS) {
    const school = await tx.institution.create({
      data: { name: spec.name, country: spec.country, defaultLocale: spec.locale },
    });
    const groups = await Promise.all(
      GROUPS.map((g) =>
        tx.group.create({
          data: {
            institutionId: school.id,
            name: g.name,
            programme: g.programme,
            expectedSize: g.expectedSize,
            startDate: new Date(now.getTime() - 210 * DAY),
          },
        }),
      ),
    );
    const roundGroups = { create: groups.map((g) => ({ groupId: g.id })) };
    const baseline = await tx.surveyRound.create({
      data: {
        institutionId: school.id,
        name: "Pilot baseline",
        surveyKey: SURVEY,
        kind: "BASELINE",
        code: `${spec.prefix}PB26`,
        opensAt: new Date(now.getTime() - 200 * DAY),
        closesAt: new Date(now.getTime() - 186 * DAY),
        groups: roundGroups,
      },
    });
    const followUp = await tx.surveyRound.create({
      data: {
        institutionId: school.id,
        name: "Pilot follow-up",
        surveyKey: SURVEY,
        kind: "FOLLOW_UP",
        code: `${spec.prefix}PF27`,
        baselineId: baseline.id,
        opensAt: new Date(now.getTime() - 40 * DAY),
        closesAt: new Date(now.getTime() - 26 * DAY),
        groups: roundGroups,
      },
    });
    for (const [g, group] of GROUPS.entries()) {
      const groupId = groups[g]!.id;
      for (let i = 0; i < group.answered; i++) {
        const participantId = randomUUID();
        participants.push({ id: participantId, institutionId: school.id });
        const belonging = 0.3 + random() * 0.55;
        const day = new Date(now.getTime() - 195 * DAY);
        respond(baseline.id, groupId, participantId, belonging, spec.locale, day);
        if (i < group.paired) {
          const later = Math.min(1, Math.max(0, belonging + spec.lift + (random() - 0.5) * 0.1));
          respond(
            followUp.id,
            groupId,
            participantId,
            later,
            spec.locale,
            new Date(now.getTime() - 30 * DAY),
          );
        }
      }
    }
    const invitedAt = new Date(now.getTime() - 230 * DAY);
    const acceptedAt = new Date(now.getTime() - 225 * DAY);
    await tx.networkMembership.create({
      data: {
        networkId: network.id,
        institutionId: school.id,
        status: "ACTIVE",
        invitedById: lead.id,
        invitedAt,
        acceptedAt,
      },
    });
    const target = { institutionId: school.id, targetType: "network", targetId: network.id };
    const details = { network: DEMO_NETWORK };
    audit.push(
      { ...target, actorId: lead.id, action: "network_invited", details, createdAt: invitedAt },
      { ...target, actorId: null, action: "network_joined", details, createdAt: acceptedAt },
    );
  }
  await tx.participant.createMany({ data: participants });
  await tx.surveyResponse.createMany({ data: responses });
  await tx.answer.createMany({ data: answers });
  await tx.auditEvent.createMany({ data: audit });
}
