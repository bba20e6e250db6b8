import "server-only";
// Not through the staff index: that loads Next's navigation, which `npm run rounds` (this
// function without a request) cannot load.
import { recordAudit } from "@/features/audit/server";
import type { Prisma } from "@/generated/prisma/client";
import { getDb, isUniqueViolation } from "@/lib/db";
import { AppError, zodFieldErrors, type FieldError } from "@/lib/http";
import { getSurveyDefinition } from "../domain/load-surveys";
import { generateRoundCode } from "../domain/round-code";
import { createRoundInputSchema, type CreateRoundInput } from "../schemas";
import { roundFields } from "./list-rounds";

/** Codes are random; a clash with an existing code is rare and simply drawn again. */
const CODE_ATTEMPTS = 8;

/**
 * Creates a survey round in an institution, with a new short public code. The caller has
 * already checked that its user may do this in `institutionId`; every group and the baseline
 * round are looked up inside that institution, so another school's ids are refused like
 * unknown ones. Throws AppError validation_failed naming the fields. The round and its audit
 * event (actor: the staff member, or null from the command line) commit together.
 * A school adopting a network's shared round passes `networkRoundId` and, in `alsoInTransaction`,
 * its own checks and audit, which commit (or roll back) with the round.
 */
export async function createRound(
  institutionId: string,
  input: CreateRoundInput,
  {
    newCode = () => generateRoundCode(),
    actorId = null,
    networkRoundId = null,
    alsoInTransaction,
  }: {
    newCode?: () => string;
    actorId?: string | null;
    networkRoundId?: string | null;
    alsoInTransaction?: (tx: Prisma.TransactionClient, round: { id: string }) => Promise<void>;
  } = {},
) {
  const parsed = createRoundInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(zodFieldErrors(parsed.error));
  const data = parsed.data;
  const groupIds = [...new Set(data.groupIds)];

  const db = await getDb();
  const problems: FieldError[] = [];
  if (!getSurveyDefinition(data.surveyKey)) {
    problems.push({ field: "surveyKey", message: `There is no survey "${data.surveyKey}".` });
  }
  const groups = await db.group.findMany({
    where: { id: { in: groupIds }, institutionId, archivedAt: null },
    select: { id: true },
  });
  const found = new Set(groups.map((g) => g.id));
  data.groupIds.forEach((groupId, i) => {
    if (!found.has(groupId)) {
      problems.push({ field: `groupIds.${i}`, message: "There is no such group here." });
    }
  });
  if (data.baselineRoundId !== undefined) {
    const baseline = await db.surveyRound.findFirst({
      where: { id: data.baselineRoundId, institutionId, kind: "BASELINE" },
      select: { id: true },
    });
    if (!baseline) {
      problems.push({ field: "baselineRoundId", message: "There is no such baseline round here." });
    }
  }
  if (problems.length > 0) throw invalid(problems);

  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const round = await tx.surveyRound.create({
          data: {
            institutionId,
            name: data.name,
            surveyKey: data.surveyKey,
            kind: data.kind,
            code: newCode(),
            opensAt: data.opensAt,
            closesAt: data.closesAt,
            baselineId: data.baselineRoundId ?? null,
            networkRoundId,
            groups: { create: groupIds.map((groupId) => ({ groupId })) },
          },
          select: roundFields,
        });
        await recordAudit(tx, {
          institutionId,
          actorId,
          action: "round_created",
          targetType: "round",
          targetId: round.id,
          details: { code: round.code, name: round.name, kind: round.kind },
        });
        await alsoInTransaction?.(tx, round);
        return round;
      });
    } catch (error) {
      if (!isUniqueViolation(error, "code") || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}

function invalid(fields: FieldError[]): AppError {
  return new AppError(
    "validation_failed",
    `The round is not valid: ${fields.map((f) => `${f.field} (${f.message})`).join(", ")}.`,
    { fields },
  );
}
