// The demo institution of the embedded default: one school, three groups, an open baseline
// round (code DEMO01) and a staff account per role, plus a network of four other schools and
// its lead (demo-network.ts). Seeded once, when no institution exists.
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { seedDemoResults } from "./demo-results";
import { DEMO_NETWORK_LEAD, seedDemoNetwork } from "./demo-network";

export const DEMO_INSTITUTION = "Demo VET College";
export const DEMO_ROUND_CODE = "DEMO01";
export const DEMO_PASSWORD = "belong-demo-2026";
export const DEMO_ACCOUNTS = [
  { email: "admin@demo.belong.vet", name: "Demo Admin", role: "ADMIN" },
  { email: "coordinator@demo.belong.vet", name: "Demo Coordinator", role: "COORDINATOR" },
  { email: "teacher@demo.belong.vet", name: "Demo Teacher", role: "TEACHER" },
] as const;
/** Printed with the accounts above: the lead of the demo network (no role in any school). */
export const DEMO_SIGN_INS = [
  ...DEMO_ACCOUNTS,
  { email: DEMO_NETWORK_LEAD.email, name: DEMO_NETWORK_LEAD.name, role: "NETWORK LEAD" },
] as const;

const DAY = 24 * 60 * 60 * 1000;

/** Seeds the demo data in one transaction. Returns false when it already exists. */
export async function seedDemo(db: Db, now = new Date()): Promise<boolean> {
  const existing = await db.institution.findFirst({ where: { name: DEMO_INSTITUTION } });
  if (existing) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      const institution = await tx.institution.create({
        data: {
          name: DEMO_INSTITUTION,
          country: "DK",
          defaultLocale: "en",
          helpContacts:
            "Your mentor, or the student counsellor in room B104 (Monday to Friday, 8-15).",
        },
      });
      const groups = await Promise.all(
        [
          { name: "Electricians 1A", programme: "Electrician", expectedSize: 24 },
          {
            name: "Health care 1B",
            programme: "Social and health care assistant",
            expectedSize: 20,
          },
          { name: "Chefs 1C", programme: "Chef", expectedSize: 18 },
        ].map((g) =>
          tx.group.create({
            data: {
              ...g,
              institutionId: institution.id,
              startDate: new Date(now.getTime() - 30 * DAY),
            },
          }),
        ),
      );
      let teacherId = "";
      for (const account of DEMO_ACCOUNTS) {
        const user = await tx.user.create({
          data: { email: account.email, name: account.name, passwordHash, emailVerified: now },
        });
        await tx.membership.create({
          data: { userId: user.id, institutionId: institution.id, role: account.role },
        });
        if (account.role === "TEACHER") {
          teacherId = user.id;
          await tx.groupTeacher.createMany({
            data: groups.map((g) => ({ groupId: g.id, userId: user.id })),
          });
        }
      }
      await tx.surveyRound.create({
        data: {
          institutionId: institution.id,
          name: "Start of year 2026",
          surveyKey: "belonging-pulse",
          kind: "BASELINE",
          code: DEMO_ROUND_CODE,
          opensAt: new Date(now.getTime() - DAY),
          closesAt: new Date(now.getTime() + 365 * DAY),
          groups: { create: groups.map((g) => ({ groupId: g.id })) },
        },
      });
      await seedDemoResults(tx, {
        institutionId: institution.id,
        groupIds: groups.map((g) => g.id),
        teacherId,
        now,
      });
      await seedDemoNetwork(tx, { passwordHash, now });
      // One transaction, so a demo is all there or not at all; on a busy machine it can take
      // longer than Prisma's default of 5 s.
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
  return true;
}
