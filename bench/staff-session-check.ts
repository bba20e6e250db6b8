// `npm run bench:sessions -- [--requests 2000]`: what the server-side session check costs a
// staff request. Times the guard every staff page, action and route runs (decrypt the session
// cookie, then resolve the person's access: user, memberships, active institution) with and
// without the check that the cookie's session still exists (one lookup by a unique index),
// interleaved in the same run on the same database. Needs DATABASE_URL (a scratch database).
import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { decode, encode } from "next-auth/jwt";
import {
  isStaffSessionLive,
  startStaffSession,
} from "@/features/access/server/auth/staff-sessions";
import { resolveStaffAccess } from "@/features/access/server/resolve-staff-access";
import { closeDb } from "@/lib/db";
import { openAndMigrate } from "@/lib/db/setup";
import { env } from "@/lib/env";

const { values: args } = parseArgs({ options: { requests: { type: "string", default: "2000" } } });
const REQUESTS = Number(args.requests);
const SECRET = randomBytes(32).toString("base64url");
const SALT = "authjs.session-token";

function summary(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { label, mean, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

async function main() {
  if (!env().DATABASE_URL) throw new Error("Set DATABASE_URL to a scratch PostgreSQL database.");
  const { handle } = await openAndMigrate();
  const db = handle.prisma;
  // A staff member of two schools, with a few hundred other people's sessions in the table.
  const suffix = randomBytes(4).toString("hex");
  const schools = await Promise.all(
    ["One", "Two"].map((n) =>
      db.institution.create({ data: { name: `Bench ${n} ${suffix}`, country: "DK" } }),
    ),
  );
  const user = await db.user.create({ data: { email: `bench-${suffix}@school.test` } });
  for (const school of schools) {
    await db.membership.create({
      data: { userId: user.id, institutionId: school.id, role: "ADMIN" },
    });
  }
  for (let i = 0; i < 300; i++) {
    const other = await db.user.create({ data: { email: `other-${suffix}-${i}@school.test` } });
    await startStaffSession(other.id, 12 * 3600);
  }
  const sid = await startStaffSession(user.id, 12 * 3600);
  const cookie = await encode({ token: { sub: user.id, sid }, secret: SECRET, salt: SALT });

  const withoutCheck = async () => {
    const token = await decode({ token: cookie, secret: SECRET, salt: SALT });
    return resolveStaffAccess(token?.sub, schools[1]!.id);
  };
  const withCheck = async () => {
    const token = await decode({ token: cookie, secret: SECRET, salt: SALT });
    if (!(await isStaffSessionLive(token?.sub, token?.sid))) throw new Error("session ended");
    return resolveStaffAccess(token?.sub, schools[1]!.id);
  };
  const check = async () => {
    if (!(await isStaffSessionLive(user.id, sid))) throw new Error("session ended");
  };

  for (let i = 0; i < 200; i++) await Promise.all([withoutCheck(), withCheck()]); // warm-up
  const samples = { without: [] as number[], with: [] as number[], check: [] as number[] };
  for (let i = 0; i < REQUESTS; i++) {
    // Interleaved, so drift on a shared machine falls on both alike.
    for (const [key, run] of [
      ["without", withoutCheck],
      ["with", withCheck],
      ["check", check],
    ] as const) {
      const start = performance.now();
      await run();
      samples[key].push(performance.now() - start);
    }
  }
  const rows = [
    summary("guard without the session check", samples.without),
    summary("guard with the session check", samples.with),
    summary("the session check alone", samples.check),
  ];
  console.info(
    `${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}, ${REQUESTS} requests each`,
  );
  console.info("| what | mean ms | p50 ms | p95 ms | p99 ms |");
  console.info("| --- | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    console.info(
      `| ${r.label} | ${[r.mean, r.p50, r.p95, r.p99].map((v) => v.toFixed(3)).join(" | ")} |`,
    );
  }
  const extra = rows[1]!.mean - rows[0]!.mean;
  console.info(
    `The check adds ${extra.toFixed(3)} ms (${((extra / rows[0]!.mean) * 100).toFixed(0)}%) to the guard.`,
  );
  await db.session.deleteMany({ where: { user: { email: { contains: suffix } } } });
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
