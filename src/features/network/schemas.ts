import { z } from "zod";

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
