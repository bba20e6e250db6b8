// The zod schemas of the account forms (signing in, passwords, invitations, the institution
// switcher), shared by each form and the server action that validates it. Messages are keys of
// messages/<locale>/staff.json "errors", so the form can show them translated.
import { z } from "zod";
import { email, id, NAME_MAX, requiredText } from "@/lib/forms/fields";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const newPassword = z
  .string("required")
  .min(PASSWORD_MIN, "passwordTooShort")
  .max(PASSWORD_MAX, "passwordTooLong");

const samePasswordTwice = (v: { password: string; confirm: string }) => v.password === v.confirm;
const passwordsDiffer = { message: "passwordsDiffer", path: ["confirm"] };

// Signing in

export const signInSchema = z.object({
  email,
  password: z.string("required").min(1, "required").max(PASSWORD_MAX, "passwordTooLong"),
  callbackUrl: z.string().max(2048).optional(),
});

export const magicLinkSchema = z.object({ email, callbackUrl: z.string().max(2048).optional() });

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({ token: z.string().max(100), password: newPassword, confirm: z.string("required") })
  .refine(samePasswordTwice, passwordsDiffer);

export const acceptInvitationSchema = z
  .object({
    token: z.string().max(100),
    name: requiredText(NAME_MAX),
    password: newPassword,
    confirm: z.string("required"),
  })
  .refine(samePasswordTwice, passwordsDiffer);

/** For someone who already has an account: joining needs no new password. */
export const joinInvitationSchema = z.object({ token: z.string().max(100) });

export const switchInstitutionSchema = z.object({ institutionId: id });

// The admin command line

export const setPasswordSchema = z.object({ email, password: newPassword.optional() });
