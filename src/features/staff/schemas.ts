// One zod schema per form and endpoint of groups, people and the institution's settings, shared
// by the form (its field names and limits) and the server action or route handler that
// validates it. Messages are keys of messages/<locale>/staff.json "errors", so the form can show
// them translated. The account forms' schemas are the access feature's.
import { z } from "zod";
import { locales } from "@/i18n/locales";
import { COUNTRIES } from "@/lib/countries";
import {
  email,
  id,
  NAME_MAX,
  optionalDate,
  optionalWholeNumber,
  requiredText,
  wholeNumber,
} from "@/lib/forms/fields";
import { newPassword, STAFF_ROLES } from "@/features/access";
import { RETENTION_LIMITS } from "@/features/retention";

export { NAME_MAX };
export const HELP_CONTACTS_MAX = 2000;
export const DATA_PROTECTION_CONTACT_MAX = 500;

// A contact students can reach: an email address, a phone number (at least 6 digits) or a web
// address somewhere in the text. A bare name would leave a student with nowhere to write.
const REACHABLE = [
  /[^\s@]+@[^\s@]+\.[^\s@]{2,}/,
  /(?:\d[\s().\/-]*){6,}/,
  /\b(?:https?:\/\/|www\.)\S+\.\S+/i,
];

// Groups

const groupFields = {
  name: requiredText(NAME_MAX),
  programme: z.string().trim().max(NAME_MAX, "tooLong"),
  startDate: optionalDate,
  expectedSize: optionalWholeNumber(1, 1000, "sizeRange"),
};

export const groupSchema = z.object({
  ...groupFields,
  programme: groupFields.programme.default(""),
  startDate: groupFields.startDate.default(null),
  expectedSize: groupFields.expectedSize.default(null),
});
export type GroupInput = z.output<typeof groupSchema>;

/** A JSON PATCH changes only the fields it names. */
export const groupPatchSchema = z.object(groupFields).partial();
export type GroupPatch = z.output<typeof groupPatchSchema>;

export const groupIdSchema = z.object({ groupId: id });

export const assignTeachersSchema = z.object({
  groupId: id,
  teacherIds: z.array(id).max(500, "invalid"),
});

// People

export const inviteSchema = z.object({ email, role: z.enum(STAFF_ROLES, "invalidRole") });
export type InviteInput = z.output<typeof inviteSchema>;

export const changeRoleSchema = z.object({
  membershipId: id,
  role: z.enum(STAFF_ROLES, "invalidRole"),
});

export const membershipIdSchema = z.object({ membershipId: id });

export const invitationIdSchema = z.object({ invitationId: id });

// Institution settings

/** An unacknowledged flag is mailed about again after this many hours: at most a week. */
export const REMINDER_HOURS_MIN = 1;
export const REMINDER_HOURS_MAX = 168;

const retention = (key: keyof typeof RETENTION_LIMITS, message: string) =>
  wholeNumber(RETENTION_LIMITS[key].min, RETENTION_LIMITS[key].max, message);

export const settingsSchema = z.object({
  name: requiredText(NAME_MAX),
  country: z.enum(COUNTRIES, "invalidCountry"),
  defaultLocale: z.enum(locales, "invalidLocale"),
  minGroupSize: wholeNumber(3, 100, "minGroupSizeRange"),
  pathwayThreshold: wholeNumber(0, 100, "thresholdRange"),
  safeguardingReminderHours: wholeNumber(
    REMINDER_HOURS_MIN,
    REMINDER_HOURS_MAX,
    "reminderHoursRange",
  ),
  reflectionRetentionWeeks: retention("reflectionRetentionWeeks", "reflectionWeeksRange"),
  answerRetentionMonths: retention("answerRetentionMonths", "answerMonthsRange"),
  flagRetentionMonths: retention("flagRetentionMonths", "flagMonthsRange"),
  auditRetentionMonths: retention("auditRetentionMonths", "auditMonthsRange"),
  helpContacts: z.string().trim().max(HELP_CONTACTS_MAX, "tooLong").default(""),
  safeguardingEmail: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.union([z.literal("").transform(() => null), z.email("invalidEmail").max(254, "tooLong")]),
  ),
  dataProtectionContact: z
    .string()
    .trim()
    .max(DATA_PROTECTION_CONTACT_MAX, "tooLong")
    .refine((v) => v === "" || REACHABLE.some((pattern) => pattern.test(v)), "contactUnreachable")
    .default(""),
});
export type SettingsInput = z.output<typeof settingsSchema>;

// The admin command line

export const newInstitutionSchema = z.object({
  name: requiredText(NAME_MAX),
  country: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
    z.enum(COUNTRIES, "invalidCountry"),
  ),
  adminEmail: email,
  password: newPassword.optional(),
});
