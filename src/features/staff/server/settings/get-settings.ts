import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/access/server";
import { notFound } from "@/lib/http";

export const settingsFields = {
  name: true,
  country: true,
  defaultLocale: true,
  minGroupSize: true,
  pathwayThreshold: true,
  helpContacts: true,
  safeguardingEmail: true,
  schoolCode: true,
  safeguardingReminderHours: true,
  dataProtectionContact: true,
  reflectionRetentionWeeks: true,
  answerRetentionMonths: true,
  flagRetentionMonths: true,
  auditRetentionMonths: true,
} as const;

export interface InstitutionSettings {
  name: string;
  country: string;
  defaultLocale: string;
  minGroupSize: number;
  pathwayThreshold: number;
  helpContacts: string;
  safeguardingEmail: string | null;
  /** Typed by students who open the pathway with no survey or classroom code; not editable. */
  schoolCode: string;
  safeguardingReminderHours: number;
  dataProtectionContact: string;
  reflectionRetentionWeeks: number;
  answerRetentionMonths: number;
  flagRetentionMonths: number;
  auditRetentionMonths: number;
}

/** The caller's institution's settings, as the settings form edits them. */
export async function getSettings(ctx: StaffContext): Promise<InstitutionSettings> {
  authorize(ctx, "settings:manage");
  const db = await getDb();
  const institution = await db.institution.findUnique({
    where: { id: ctx.institutionId },
    select: settingsFields,
  });
  if (!institution) throw notFound("institution");
  return institution;
}
