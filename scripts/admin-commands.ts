// The commands of `npm run admin`, separate from the process around them so tests can run
// them on a test database. Each returns the exit code: 0 done, 1 refused (with a reason).
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import type { z } from "zod";
import { COUNTRIES } from "@/lib/countries";
import { PASSWORD_MIN, setPasswordSchema } from "@/features/access/schemas";
import { newInstitutionSchema } from "@/features/staff/schemas";
import { createInstitution } from "@/features/staff/server/institutions/create-institution";
import { listInstitutions } from "@/features/staff/server/institutions/list-institutions";
import { setPassword } from "@/features/access/server/passwords/set-password";

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  create-institution --name <name> --country <code> --admin-email <email> [--password <password>]
      Creates an institution with its first admin. The country is a two-letter code
      (${COUNTRIES.slice(0, 5).join(", ")}, ...). Without --password a new admin gets a generated
      password, printed once; an existing account keeps its own.
  reset-password --email <email> [--password <password>]
      Sets a staff member's password and ends any sign-in lock. Without --password a
      generated one is printed once.
  list-institutions
      Lists every institution with its admins.
  help
      Shows this text.`;

const WORDS: Record<string, string> = {
  required: "is required",
  invalidEmail: "must be an email address",
  tooLong: "is too long",
  passwordTooShort: `must be at least ${PASSWORD_MIN} characters`,
  passwordTooLong: "is too long",
  invalidCountry: `must be one of ${COUNTRIES.join(", ")}`,
};

const FLAGS: Record<string, string> = {
  adminEmail: "--admin-email",
  name: "--name",
  country: "--country",
  email: "--email",
  password: "--password",
};

function explain(error: z.ZodError, given: Record<string, unknown>): string[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    const words = given[field] === undefined ? WORDS.required : WORDS[issue.message];
    return `${FLAGS[field] ?? field} ${words ?? "is not valid"}`;
  });
}

function generatedPassword(): string {
  return randomBytes(12).toString("base64url");
}

const OPTIONS = {
  name: { type: "string" },
  country: { type: "string" },
  "admin-email": { type: "string" },
  email: { type: "string" },
  password: { type: "string" },
} as const;

export async function runAdmin(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    io.err(USAGE);
    return 1;
  }
  const [command, ...extra] = parsed.positionals;
  const values = parsed.values;
  if (extra.length > 0) {
    io.err(`Unexpected argument: ${extra.join(" ")}`);
    io.err(USAGE);
    return 1;
  }
  const refuse = (lines: string[]) => {
    for (const line of lines) io.err(line);
    return 1;
  };

  switch (command) {
    case "create-institution": {
      const given = {
        name: values.name,
        country: values.country,
        adminEmail: values["admin-email"],
        password: values.password,
      };
      const input = newInstitutionSchema.safeParse(given);
      if (!input.success) return refuse([...explain(input.error, given), "", USAGE]);
      const password = input.data.password ?? generatedPassword();
      const created = await createInstitution({ ...input.data, password });
      io.out(`Created "${input.data.name}" (${input.data.country}), id ${created.institutionId}.`);
      if (!created.newAccount) {
        io.out(
          `${input.data.adminEmail} already had an account: it is now this institution's admin.`,
        );
      } else if (input.data.password) {
        io.out(`Admin: ${input.data.adminEmail} (the password you gave).`);
      } else {
        io.out(`Admin: ${input.data.adminEmail}, password: ${password}`);
        io.out("Pass it on safely: it is not shown again.");
      }
      return 0;
    }
    case "reset-password": {
      const given = { email: values.email, password: values.password };
      const input = setPasswordSchema.safeParse(given);
      if (!input.success) return refuse([...explain(input.error, given), "", USAGE]);
      const password = input.data.password ?? generatedPassword();
      if (!(await setPassword(input.data.email, password))) {
        return refuse([`There is no staff account for ${input.data.email}.`]);
      }
      io.out(
        input.data.password
          ? `Password set for ${input.data.email}.`
          : `New password for ${input.data.email}: ${password}`,
      );
      return 0;
    }
    case "list-institutions": {
      const institutions = await listInstitutions();
      if (institutions.length === 0) {
        io.out("No institutions yet. Create one with: npm run admin -- create-institution ...");
        return 0;
      }
      for (const i of institutions) {
        io.out(
          `${i.id}  ${i.name} (${i.country})  ${i.members} staff, ${i.groups} groups, admins: ${i.admins.join(", ") || "none"}`,
        );
      }
      return 0;
    }
    case "help":
    case undefined:
      (command ? io.out : io.err)(USAGE);
      return command ? 0 : 1;
    default:
      return refuse([`Unknown command: ${command}`, "", USAGE]);
  }
}
