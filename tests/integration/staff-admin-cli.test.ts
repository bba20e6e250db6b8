// `npm run admin`: bootstrapping an installation from the shell.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { verifyCredentials } from "@/features/access/server/auth/verify-credentials";
import { runAdmin } from "../../scripts/admin-commands";
import { createInstitution, createSignedInStaff, TEST_PASSWORD } from "../support/factories";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdmin(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npm run admin", () => {
  it("creates an institution with its first admin, who can sign in", async () => {
    const result = await run(
      "create-institution",
      "--name",
      "Roskilde Tekniske Skole",
      "--country",
      "dk",
      "--admin-email",
      "Leder@Roskilde.test",
      "--password",
      "first admin password",
    );
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain('Created "Roskilde Tekniske Skole" (DK)');
    expect(result.out).not.toContain("first admin password");
    const admin = await verifyCredentials("leder@roskilde.test", "first admin password");
    const db = await getDb();
    const membership = await db.membership.findFirstOrThrow({
      where: { userId: admin!.id },
      include: { institution: true },
    });
    expect(membership.role).toBe("ADMIN");
    expect(membership.institution).toMatchObject({
      name: "Roskilde Tekniske Skole",
      country: "DK",
    });
    expect(
      await db.auditEvent.count({
        where: { action: "institution_created", institutionId: membership.institutionId },
      }),
    ).toBe(1);
  });

  it("generates and prints a password when none is given", async () => {
    const result = await run(
      "create-institution",
      "--name=Lycée des métiers",
      "--country=FR",
      "--admin-email=direction@lycee.test",
    );
    expect(result.code).toBe(0);
    const password = result.out.match(/password: (\S+)/)?.[1];
    expect(password).toBeDefined();
    expect(await verifyCredentials("direction@lycee.test", password!)).not.toBeNull();
  });

  it("makes an existing account the admin without changing its password", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "TEACHER");
    const result = await run(
      "create-institution",
      "--name",
      "Second campus",
      "--country",
      "NO",
      "--admin-email",
      user.email,
      "--password",
      "ignored password",
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain("already had an account");
    expect(await verifyCredentials(user.email, TEST_PASSWORD)).not.toBeNull();
  });

  it("explains bad input with the usage and exit code 1, changing nothing", async () => {
    const db = await getDb();
    const before = await db.institution.count();
    const cases: [string[], RegExp][] = [
      [
        ["create-institution", "--country", "DK", "--admin-email", "a@b.test"],
        /--name is required/,
      ],
      [
        ["create-institution", "--name", "X", "--country", "US", "--admin-email", "a@b.test"],
        /--country must be one of/,
      ],
      [
        ["create-institution", "--name", "X", "--country", "DK", "--admin-email", "nope"],
        /--admin-email must be an email address/,
      ],
      [
        [
          "create-institution",
          "--name",
          "X",
          "--country",
          "DK",
          "--admin-email",
          "a@b.test",
          "--password",
          "short",
        ],
        /--password must be at least 10 characters/,
      ],
      [["create-institution", "--name", "X", "--colour", "red"], /Unknown option '--colour'/],
      [["launch-rockets"], /Unknown command: launch-rockets/],
      [["reset-password"], /--email is required/],
      [["create-institution", "--name", "X", "--admin-email", "a@b.test"], /--country is required/],
      [["list-institutions", "extra"], /Unexpected argument: extra/],
      [[], /Usage: npm run admin/],
    ];
    for (const [argv, message] of cases) {
      const result = await run(...argv);
      expect(result.code, argv.join(" ")).toBe(1);
      expect(result.err).toMatch(message);
      expect(result.err).toContain("Usage: npm run admin");
    }
    expect(await db.institution.count()).toBe(before);
  });

  it("resets a password and ends a lock; refuses an unknown address", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "COORDINATOR");
    const db = await getDb();
    await db.user.update({
      where: { id: user.id },
      data: { failedSignIns: 9, lockedUntil: new Date(Date.now() + 3_600_000) },
    });
    const given = await run(
      "reset-password",
      "--email",
      user.email,
      "--password",
      "reset by operator",
    );
    expect(given).toMatchObject({ code: 0, out: `Password set for ${user.email}.` });
    expect(await verifyCredentials(user.email, "reset by operator")).not.toBeNull();

    const generated = await run("reset-password", "--email", user.email);
    const password = generated.out.match(/: (\S+)$/)?.[1];
    expect(await verifyCredentials(user.email, password!)).not.toBeNull();

    const unknown = await run("reset-password", "--email", "ghost@school.test");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("There is no staff account for ghost@school.test.");
  });

  it("lists institutions with their admins", async () => {
    const school = await createInstitution({ name: "Zeeland College", country: "NL" });
    const admin = await createSignedInStaff(school.id, "ADMIN", { email: "zz-admin@zeeland.test" });
    const result = await run("list-institutions");
    expect(result.code).toBe(0);
    const line = result.out.split("\n").find((l) => l.includes("Zeeland College"));
    expect(line).toBe(
      `${school.id}  Zeeland College (NL)  1 staff, 0 groups, admins: ${admin.user.email}`,
    );
  });

  it("prints the usage for help", async () => {
    const result = await run("help");
    expect(result.code).toBe(0);
    expect(result.out).toContain("create-institution --name <name>");
  });
});
