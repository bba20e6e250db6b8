// A member school's side of shared rounds: the shared rounds of the networks it is an ACTIVE
// member of, and adopting one for some of its groups. Adopting makes the school's own round
// through the survey feature's createRound (its own code and poster), marked with the shared
// round it adopts, once per school; the membership is checked in the query and again in the
// round's transaction, so a school that is not (or no longer) a member is refused.
import "server-only";
import { recordAudit } from "@/features/audit/server";
import { authorize, institutionTimeZone, type StaffContext } from "@/features/access/server";
import { createRound } from "@/features/survey/server";
import { fromWallClock } from "@/features/survey";
import { getDb, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { DAY, type SharedRoundKind } from "../domain/shared-rounds";
import { newestFirst, sharedRoundFields } from "./shared-rounds";

export interface AdoptableRound {
  id: string;
  networkName: string;
  name: string;
  surveyKey: string;
  kind: SharedRoundKind;
  /** The school's own window for the shared days. */
  opensAt: Date;
  closesAt: Date;
  baselineName: string | null;
  /** The school's round that adopts it, once adopted. */
  adoptedAs: { id: string; name: string; code: string } | null;
}

/**
 * The school's round for the shared days: from 00:00 of the first day until 00:00 after the
 * last, as clocks show it in the school's time zone.
 */
export function schoolWindow(
  round: { opensOn: Date; closesOn: Date },
  timeZone: string,
): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: fromWallClock(round.opensOn, timeZone),
    closesAt: fromWallClock(new Date(round.closesOn.getTime() + DAY), timeZone),
  };
}

const activeMember = (institutionId: string) => ({
  memberships: { some: { institutionId, status: "ACTIVE" as const } },
});

/** The shared rounds of the school's networks, newest first, with the school's adoption. */
export async function listAdoptableRounds(ctx: StaffContext): Promise<AdoptableRound[]> {
  authorize(ctx, "rounds:manage");
  const db = await getDb();
  const [rounds, timeZone] = await Promise.all([
    db.networkRound.findMany({
      where: { network: activeMember(ctx.institutionId) },
      orderBy: newestFirst,
      select: {
        ...sharedRoundFields,
        network: { select: { name: true } },
        adoptions: {
          where: { institutionId: ctx.institutionId },
          select: { id: true, name: true, code: true },
        },
      },
    }),
    institutionTimeZone(ctx),
  ]);
  return rounds.map((round) => ({
    id: round.id,
    networkName: round.network.name,
    name: round.name,
    surveyKey: round.surveyKey,
    kind: round.kind as SharedRoundKind,
    ...schoolWindow(round, timeZone),
    baselineName: round.baseline?.name ?? null,
    adoptedAs: round.adoptions[0] ?? null,
  }));
}

/**
 * Adopts a shared round for the school's chosen groups: the school's own round with the shared
 * survey, kind and days, following the school's own adoption of the shared baseline when it has
 * one. Refused: forbidden when the school is not an ACTIVE member of the round's network,
 * conflict when it already adopted it, round_closed when the days are over.
 */
export async function adoptSharedRound(
  ctx: StaffContext,
  input: { networkRoundId: string; groupIds: string[] },
  now = new Date(),
): Promise<{ id: string; code: string; name: string; baselineId: string | null }> {
  authorize(ctx, "rounds:manage");
  const notMember = () =>
    new AppError("forbidden", "Only an active member school of the network can adopt its rounds.");
  const db = await getDb();
  const shared = await db.networkRound.findFirst({
    where: { id: input.networkRoundId, network: activeMember(ctx.institutionId) },
    select: {
      id: true,
      networkId: true,
      name: true,
      surveyKey: true,
      kind: true,
      opensOn: true,
      closesOn: true,
      baselineId: true,
      network: { select: { name: true } },
    },
  });
  if (!shared) throw notMember();
  const alreadyAdopted = () =>
    new AppError("conflict", "Your school has already adopted this shared round.");
  const [adopted, ownBaseline, timeZone] = await Promise.all([
    db.surveyRound.findFirst({
      where: { institutionId: ctx.institutionId, networkRoundId: shared.id },
      select: { id: true },
    }),
    shared.baselineId
      ? db.surveyRound.findFirst({
          where: {
            institutionId: ctx.institutionId,
            networkRoundId: shared.baselineId,
            kind: "BASELINE",
          },
          select: { id: true },
        })
      : null,
    institutionTimeZone(ctx),
  ]);
  if (adopted) throw alreadyAdopted();
  const window = schoolWindow(shared, timeZone);
  if (window.closesAt <= now) throw new AppError("round_closed", "This shared round is over.");

  try {
    return await createRound(
      ctx.institutionId,
      {
        name: shared.name,
        surveyKey: shared.surveyKey,
        kind: shared.kind,
        groupIds: input.groupIds,
        ...window,
        baselineRoundId: ownBaseline?.id,
      },
      {
        actorId: ctx.userId,
        networkRoundId: shared.id,
        alsoInTransaction: async (tx, round) => {
          // The school may have left since the first read: the round goes only with the membership.
          const member = await tx.networkMembership.findFirst({
            where: {
              networkId: shared.networkId,
              institutionId: ctx.institutionId,
              status: "ACTIVE",
            },
            select: { id: true },
          });
          if (!member) throw notMember();
          await recordAudit(tx, {
            institutionId: ctx.institutionId,
            actorId: ctx.userId,
            action: "network_round_adopted",
            targetType: "round",
            targetId: round.id,
            details: { network: shared.network.name, networkRoundId: shared.id, name: shared.name },
          });
        },
      },
    );
  } catch (error) {
    // Two adoptions at once: the unique (network round, school) keeps one.
    if (isUniqueViolation(error, "network_round_id")) throw alreadyAdopted();
    throw error;
  }
}
