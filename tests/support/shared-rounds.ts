// Shared rounds in tests: a member school with a group and its staff, and a lead's inputs for a
// shared baseline (today, two weeks) and its follow-up (from day 20 to day 30).
import { isAppError } from "@/lib/http";
import type { NetworkLeadContext } from "@/features/network/server";
import { createGroup, createInstitution, createSignedInStaff } from "./factories";
import { joinNetwork } from "./network";

export const DAY = 24 * 60 * 60 * 1000;
/** The calendar day `offset` days from now, as a date input sends it. */
export const day = (offset: number) =>
  new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

/** A school that joined the lead's network, with one group, an admin and a coordinator. */
export async function memberSchool(lead: NetworkLeadContext, name: string, country = "DK") {
  const school = await createInstitution({ name, country, minGroupSize: 3 });
  const group = await createGroup(school.id, { name: `${name} group`, expectedSize: 20 });
  const { ctx: admin } = await createSignedInStaff(school.id, "ADMIN");
  const { ctx: coordinator } = await createSignedInStaff(school.id, "COORDINATOR");
  await joinNetwork(lead, school, admin);
  return { school, group, admin, coordinator };
}

/** The field errors of a refusal, field -> message key. */
export function fieldsOf(error: unknown): Record<string, string> {
  if (!isAppError(error)) throw error;
  return Object.fromEntries((error.options.fields ?? []).map((f) => [f.field, f.message]));
}

export const baselineInput = (lead: NetworkLeadContext, extra: Record<string, string> = {}) => ({
  networkId: lead.networkId,
  name: "Pilot baseline",
  surveyKey: "belonging-pulse",
  kind: "BASELINE" as const,
  opensOn: day(0),
  closesOn: day(14),
  ...extra,
});

export const followUpInput = (lead: NetworkLeadContext, baselineId: string) =>
  baselineInput(lead, {
    name: "Pilot follow-up",
    kind: "FOLLOW_UP",
    opensOn: day(20),
    closesOn: day(30),
    baselineId,
  });
