import { z } from "zod";
import { SHARED_ROUND_KINDS } from "./domain/shared-rounds";

const id = z.string().trim().min(1).max(64);

/** A lead's invitation: the school's own code (Settings page, posters), 4-16 letters/digits. */
export const inviteSchoolSchema = z.object({
  networkId: id,
  schoolCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{4,16}$/, "invalid"),
});

/** A school admin's answer to an invitation or membership. */
export const answerNetworkSchema = z.object({
  membershipId: id,
  answer: z.enum(["accept", "leave"]),
});

/** A coordinator's mark on a round's group: intervention, comparison, or none (""). */
export const markArmSchema = z.object({
  roundId: id,
  groupId: id,
  arm: z.enum(["INTERVENTION", "COMPARISON", ""]),
});

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate");

/**
 * A lead's shared round as the form posts it (dates as <input type="date"> sends them). Each
 * message is a key of network.shared.errors; the days are checked further against today and
 * the baseline by the server (domain/shared-rounds.ts).
 */
export const defineSharedRoundSchema = z
  .object({
    networkId: id,
    name: z.string().trim().min(1, "nameRequired").max(120, "nameTooLong"),
    surveyKey: z.string().trim().min(1, "unknownSurvey").max(60, "unknownSurvey"),
    kind: z.enum(SHARED_ROUND_KINDS, "invalidKind"),
    opensOn: day,
    closesOn: day,
    baselineId: z.preprocess((v) => (v === "" || v === null ? undefined : v), id.optional()),
  })
  .refine((input) => input.kind === "FOLLOW_UP" || input.baselineId === undefined, {
    path: ["baselineId"],
    message: "onlyFollowUp",
  });
export type DefineSharedRoundInput = z.input<typeof defineSharedRoundSchema>;

/** A school's adoption: the shared round and the school's groups that take part. */
export const adoptSharedRoundSchema = z.object({
  networkRoundId: id,
  groupIds: z.array(id).min(1, "noGroups").max(200),
});
