// The lead's side of shared rounds: define one (audited), and list the network's shared rounds
// with the member schools that adopted each. A lead sees schools' names, never their rounds'
// codes, groups or answers: those stay inside each school.
import "server-only";
import { recordAudit } from "@/features/audit/server";
import { getSurveyDefinition } from "@/features/survey/server";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { AppError, type FieldError } from "@/lib/http/errors";
import { parseDay, windowProblems, type SharedRoundKind } from "../domain/shared-rounds";
import { defineSharedRoundSchema, type DefineSharedRoundInput } from "../schemas";
import type { NetworkLeadContext } from "./lead-context";

/** What the lead and member schools see of a shared round, newest first. */
export const sharedRoundFields = {
  id: true,
  name: true,
  surveyKey: true,
  kind: true,
  opensOn: true,
  closesOn: true,
  baseline: { select: { name: true } },
} satisfies Prisma.NetworkRoundSelect;
export const newestFirst = [
  { opensOn: "desc" },
  { createdAt: "desc" },
] satisfies Prisma.NetworkRoundOrderByWithRelationInput[];

export interface SharedRoundView {
  id: string;
  name: string;
  surveyKey: string;
  kind: SharedRoundKind;
  opensOn: Date;
  closesOn: Date;
  baselineName: string | null;
  /** The ACTIVE member schools that adopted it, by name. */
  adoptedBy: string[];
}

function invalid(fields: FieldError[]): AppError {
  return new AppError(
    "validation_failed",
    `The shared round is not valid: ${fields.map((f) => `${f.field} (${f.message})`).join(", ")}.`,
    { fields },
  );
}

/**
 * Defines a shared round of the lead's network. Field errors carry keys of
 * network.shared.errors; the baseline must be a baseline round of the same network.
 */
export async function defineSharedRound(
  lead: NetworkLeadContext,
  input: DefineSharedRoundInput | Record<string, string>,
  now = new Date(),
): Promise<{ id: string }> {
  const parsed = defineSharedRoundSchema.safeParse(input);
  if (!parsed.success) {
    throw invalid(
      parsed.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? ""),
        message: issue.message,
      })),
    );
  }
  const data = parsed.data;
  if (data.networkId !== lead.networkId) throw new AppError("not_found", "No such network.");
  const opensOn = parseDay(data.opensOn);
  const closesOn = parseDay(data.closesOn);
  const problems: FieldError[] = [];
  if (Number.isNaN(opensOn.getTime())) problems.push({ field: "opensOn", message: "invalidDate" });
  if (Number.isNaN(closesOn.getTime()))
    problems.push({ field: "closesOn", message: "invalidDate" });
  if (!getSurveyDefinition(data.surveyKey)) {
    problems.push({ field: "surveyKey", message: "unknownSurvey" });
  }
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // The baseline is looked up inside the lead's network: another network's id is not found.
    const baseline = data.baselineId
      ? await tx.networkRound.findFirst({
          where: { id: data.baselineId, networkId: lead.networkId, kind: "BASELINE" },
          select: { id: true, closesOn: true },
        })
      : null;
    if (data.baselineId && !baseline) {
      problems.push({ field: "baselineId", message: "notBaseline" });
    }
    if (problems.length === 0) {
      for (const p of windowProblems({ opensOn, closesOn }, now, baseline ?? undefined)) {
        problems.push({ field: p.field, message: p.problem });
      }
    }
    if (problems.length > 0) throw invalid(problems);
    const round = await tx.networkRound.create({
      data: {
        networkId: lead.networkId,
        name: data.name,
        surveyKey: data.surveyKey,
        kind: data.kind,
        opensOn,
        closesOn,
        baselineId: baseline?.id ?? null,
      },
      select: { id: true },
    });
    // The network's own record: it belongs to no school.
    await recordAudit(tx, {
      institutionId: null,
      actorId: lead.userId,
      action: "network_round_defined",
      targetType: "network_round",
      targetId: round.id,
      details: {
        network: lead.networkName,
        networkId: lead.networkId,
        name: data.name,
        kind: data.kind,
        opensOn: data.opensOn,
        closesOn: data.closesOn,
      },
    });
    return round;
  });
}

/** The network's shared rounds, newest first, each with the ACTIVE member schools that adopted it. */
export async function listSharedRounds(lead: NetworkLeadContext): Promise<SharedRoundView[]> {
  const db = await getDb();
  const rounds = await db.networkRound.findMany({
    where: { networkId: lead.networkId },
    orderBy: newestFirst,
    select: {
      ...sharedRoundFields,
      adoptions: {
        where: {
          institution: {
            networkMemberships: { some: { networkId: lead.networkId, status: "ACTIVE" } },
          },
        },
        select: { institution: { select: { name: true } } },
        orderBy: { institution: { name: "asc" } },
      },
    },
  });
  return rounds.map(({ baseline, adoptions, kind, ...round }) => ({
    ...round,
    kind: kind as SharedRoundKind,
    baselineName: baseline?.name ?? null,
    adoptedBy: adoptions.map((a) => a.institution.name),
  }));
}
