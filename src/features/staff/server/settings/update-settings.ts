import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { SettingsInput } from "../../schemas";
import { recordAudit } from "@/features/audit/server";
import { authorize, type StaffContext } from "@/features/access/server";
import { notFound } from "@/lib/http";
import { settingsFields } from "./get-settings";

/** Saves the institution's settings and records which ones changed, from what to what. */
export async function updateSettings(ctx: StaffContext, input: SettingsInput): Promise<void> {
  authorize(ctx, "settings:manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.institution.findUnique({
      where: { id: ctx.institutionId },
      select: settingsFields,
    });
    if (!before) throw notFound("institution");
    const changes: Prisma.InputJsonObject = Object.fromEntries(
      (Object.keys(input) as (keyof SettingsInput)[])
        .filter((key) => before[key] !== input[key])
        .map((key) => [key, { from: before[key], to: input[key] }]),
    );
    if (Object.keys(changes).length === 0) return;
    await tx.institution.update({ where: { id: ctx.institutionId }, data: input });
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "settings_changed",
      targetType: "institution",
      targetId: ctx.institutionId,
      details: { changes },
    });
  });
}
