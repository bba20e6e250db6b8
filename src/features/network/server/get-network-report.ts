// The network report's data: the member schools (every status, for the list), and for each
// ACTIVE school the aggregates of a baseline (and the follow-up that compares with it): the
// network's shared rounds it adopted, else its own latest (domain/report-rounds.ts). Only ACTIVE memberships of this network reach the SQL: the scope is in every WHERE.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import {
  buildNetworkReport,
  type NetworkReport,
  type SchoolAggregates,
} from "../domain/network-report";
import { expectedOfRound, roundPadded, type RoundGroupCount } from "../domain/round-trust";
import { trustedResponse } from "@/features/dashboard/server";
import type { Locale } from "@/i18n/locales";
import type { NetworkLeadContext } from "./lead-context";
import { barrierOptions, loadActivity, type BarrierOption } from "./load-activity";
import { loadArms } from "./study-arms";
import { pickReportRounds, type ReportRound } from "../domain/report-rounds";

export interface NetworkMemberView {
  institutionId: string;
  name: string;
  country: string;
  status: "INVITED" | "ACTIVE" | "LEFT";
  invitedAt: Date;
  acceptedAt: Date | null;
  leftAt: Date | null;
}

export interface NetworkReportPage {
  networkName: string;
  members: NetworkMemberView[];
  report: NetworkReport;
  /** The barrier options' labels in the reader's language, in the survey's order. */
  barriers: BarrierOption[];
  /** How many of the ACTIVE schools are shown on a shared round of the network they adopted. */
  onSharedRounds: number;
}

interface RoundRow extends ReportRound {
  name: string;
  surveyKey: string;
}

/**
 * Per round: each of its groups' expected size and answers, and its answers in no group (for
 * the expected size and the dashboard's padding rule). `scope` keeps it to ACTIVE members.
 */
async function loadGroupCounts(
  roundIds: readonly string[],
  scope: Prisma.Sql,
): Promise<Map<string, { groups: RoundGroupCount[]; ungrouped: number }>> {
  const counts = new Map<string, { groups: RoundGroupCount[]; ungrouped: number }>();
  if (roundIds.length === 0) return counts;
  const db = await getDb();
  const rows = await db.$queryRaw<
    { roundId: string; grouped: boolean; expectedSize: number | null; responses: number }[]
  >`
    SELECT srg.round_id AS "roundId", true AS "grouped", g.expected_size AS "expectedSize",
           (SELECT COUNT(*)::int FROM survey_responses r
             WHERE r.round_id = srg.round_id AND r.group_id = srg.group_id) AS "responses"
    FROM survey_round_groups srg
    JOIN survey_rounds sr ON sr.id = srg.round_id
    JOIN groups g ON g.id = srg.group_id AND g.institution_id = sr.institution_id
    ${scope}
    WHERE srg.round_id IN (${Prisma.join(roundIds)})
    UNION ALL
    SELECT r.round_id, false, NULL, COUNT(*)::int
    FROM survey_responses r
    JOIN survey_rounds sr ON sr.id = r.round_id
    ${scope}
    WHERE r.round_id IN (${Prisma.join(roundIds)}) AND r.group_id IS NULL
    GROUP BY r.round_id`;
  for (const row of rows) {
    const round = counts.get(row.roundId) ?? { groups: [], ungrouped: 0 };
    if (row.grouped) round.groups.push(row);
    else round.ungrouped = row.responses;
    counts.set(row.roundId, round);
  }
  return counts;
}

export async function getNetworkReport(
  lead: NetworkLeadContext,
  now = new Date(),
  locale: Locale = "en",
): Promise<NetworkReportPage> {
  const db = await getDb();
  // The reads are scoped to the network's ACTIVE members in SQL, so they run side by side.
  const [memberships, rounds, shared] = await Promise.all([
    db.networkMembership.findMany({
      where: { networkId: lead.networkId },
      select: {
        status: true,
        invitedAt: true,
        acceptedAt: true,
        leftAt: true,
        institution: { select: { id: true, name: true, country: true, minGroupSize: true } },
      },
      orderBy: [{ institution: { name: "asc" } }, { institutionId: "asc" }],
    }),
    db.surveyRound.findMany({
      where: {
        // Figures are published once a round has closed: read while it is open, one more
        // answer between two readings would be that answer.
        closesAt: { lte: now },
        institution: {
          networkMemberships: { some: { networkId: lead.networkId, status: "ACTIVE" } },
        },
      },
      select: {
        id: true,
        institutionId: true,
        name: true,
        surveyKey: true,
        kind: true,
        baselineId: true,
        networkRoundId: true,
      },
      orderBy: [{ opensAt: "desc" }, { id: "asc" }],
    }) as Promise<RoundRow[]>,
    db.networkRound.findMany({
      where: { networkId: lead.networkId },
      select: { id: true, kind: true, baselineId: true },
      orderBy: [{ opensOn: "desc" }, { createdAt: "desc" }],
    }),
  ]);
  const active = memberships.filter((m) => m.status === "ACTIVE").map((m) => m.institution);
  const picked = pickReportRounds(rounds, shared);
  const baselineIds = [...picked.values()].map((p) => p.baseline.id);
  const followUpIds = [...picked.values()].flatMap((p) => (p.followUp ? [p.followUp.id] : []));
  const scope = Prisma.sql`JOIN network_memberships nm ON nm.institution_id = sr.institution_id
      AND nm.network_id = ${lead.networkId} AND nm.status = 'ACTIVE'`;

  const barriers = barrierOptions(
    [...picked.values()].map((p) => p.baseline.surveyKey),
    locale,
  );
  const optionKeys = barriers.map((b) => b.key);
  const [summaries, groupCounts, differences, activity, arms] = await Promise.all([
    baselineIds.length
      ? db.$queryRaw<
          {
            roundId: string;
            responses: number;
            scored: number;
            mean: number | null;
            sd: number | null;
            low: number;
            mid: number;
            high: number;
          }[]
        >`
        SELECT r.round_id AS "roundId", COUNT(*)::int AS "responses", COUNT(r.score)::int AS "scored",
               AVG(r.score)::float8 AS "mean", STDDEV_SAMP(r.score)::float8 AS "sd",
               COUNT(*) FILTER (WHERE r.band = 'LOW')::int AS "low",
               COUNT(*) FILTER (WHERE r.band = 'MID')::int AS "mid",
               COUNT(*) FILTER (WHERE r.band = 'HIGH')::int AS "high"
        FROM survey_responses r
        JOIN survey_rounds sr ON sr.id = r.round_id
        ${scope}
        WHERE r.round_id IN (${Prisma.join(baselineIds)}) ${trustedResponse("r", baselineIds)}
        GROUP BY r.round_id`
      : [],
    loadGroupCounts([...baselineIds, ...followUpIds], scope),
    followUpIds.length
      ? db.$queryRaw<{ roundId: string; n: number; mean: number | null; sd: number | null }[]>`
        SELECT sr.id AS "roundId", COUNT(*)::int AS "n",
               AVG(f.score - b.score)::float8 AS "mean", STDDEV_SAMP(f.score - b.score)::float8 AS "sd"
        FROM survey_responses f
        JOIN survey_rounds sr ON sr.id = f.round_id
        ${scope}
        JOIN survey_rounds sb ON sb.id = sr.baseline_id AND sb.institution_id = sr.institution_id
        JOIN survey_responses b ON b.participant_id = f.participant_id AND b.round_id = sb.id
        WHERE f.round_id IN (${Prisma.join(followUpIds)})
          AND f.score IS NOT NULL AND b.score IS NOT NULL
          ${trustedResponse("f", followUpIds)} ${trustedResponse("b", baselineIds)}
        GROUP BY sr.id`
      : [],
    loadActivity(
      db,
      lead.networkId,
      [...picked.values()].map((p) => ({
        institutionId: p.baseline.institutionId,
        roundId: p.baseline.id,
      })),
      optionKeys,
    ),
    loadArms(
      db,
      lead.networkId,
      [...picked.values()].map((p) => ({
        baselineId: p.baseline.id,
        followUpId: p.followUp?.id ?? null,
      })),
    ),
  ]);
  const summaryOf = new Map(summaries.map((s) => [s.roundId, s]));
  const differenceOf = new Map(differences.map((d) => [d.roundId, d]));

  const schools: SchoolAggregates[] = active.map((school) => {
    const rounds = picked.get(school.id);
    const summary = rounds ? summaryOf.get(rounds.baseline.id) : undefined;
    const baselineCounts = rounds ? groupCounts.get(rounds.baseline.id) : undefined;
    const followUpCounts = rounds?.followUp ? groupCounts.get(rounds.followUp.id) : undefined;
    const difference = rounds?.followUp ? differenceOf.get(rounds.followUp.id) : undefined;
    return {
      institutionId: school.id,
      name: school.name,
      country: school.country,
      minGroupSize: school.minGroupSize,
      baselineRound: rounds?.baseline.name ?? null,
      followUpRound: rounds?.followUp?.name ?? null,
      expected: expectedOfRound(baselineCounts?.groups ?? []),
      responses: summary?.responses ?? 0,
      scores: { n: summary?.scored ?? 0, mean: summary?.mean ?? null, sd: summary?.sd ?? null },
      bands: { LOW: summary?.low ?? 0, MID: summary?.mid ?? 0, HIGH: summary?.high ?? 0 },
      differences: rounds?.followUp
        ? { n: difference?.n ?? 0, mean: difference?.mean ?? null, sd: difference?.sd ?? null }
        : null,
      activity: activity.get(school.id),
      arms: rounds ? arms.get(rounds.baseline.id) : undefined,
      padded: [baselineCounts, followUpCounts].some(
        (c) => c !== undefined && roundPadded(c.groups, c.ungrouped),
      ),
    };
  });

  return {
    networkName: lead.networkName,
    members: memberships.map((m) => ({
      institutionId: m.institution.id,
      name: m.institution.name,
      country: m.institution.country,
      status: m.status,
      invitedAt: m.invitedAt,
      acceptedAt: m.acceptedAt,
      leftAt: m.leftAt,
    })),
    report: buildNetworkReport(schools, optionKeys),
    barriers,
    onSharedRounds: active.filter((school) => picked.get(school.id)?.baseline.networkRoundId)
      .length,
  };
}
