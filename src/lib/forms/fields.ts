// The zod fields every feature's forms share, so each field is checked and named the same
// way everywhere. Messages are keys of messages/<locale>/staff.json "errors" (FormError), so a
// form can show them translated.
import { z } from "zod";

export const NAME_MAX = 120;

export const id = z.string().trim().min(1, "invalid").max(64, "invalid");

export const email = z
  .string("required")
  .trim()
  .toLowerCase()
  .min(1, "required")
  .max(254, "tooLong")
  .pipe(z.email("invalidEmail"));

export const requiredText = (max: number) =>
  z.string("required").trim().min(1, "required").max(max, "tooLong");

/** "" -> null; a number or a numeric string -> a whole number in [min, max]. */
export const optionalWholeNumber = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (v === "" ? null : typeof v === "string" ? Number(v) : v),
    z.number(message).int(message).min(min, message).max(max, message).nullable(),
  );

export const wholeNumber = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z.number(message).int(message).min(min, message).max(max, message),
  );

/** "" -> null; else a calendar date YYYY-MM-DD (stored as midnight UTC). */
export const optionalDate = z.preprocess(
  (v) => (v === "" ? null : v),
  z
    .string("invalidDate")
    .regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate")
    .transform((v, ctx) => {
      const date = new Date(`${v}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== v) {
        ctx.addIssue({ code: "custom", message: "invalidDate" });
        return z.NEVER;
      }
      return date;
    })
    .nullable(),
);
