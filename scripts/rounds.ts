// `npm run rounds -- create ...` and `npm run rounds -- list`: survey rounds from the command
// line, until the staff pages offer the same. See ROUNDS_USAGE in rounds-cli.ts.
import { createRound, listRounds } from "@/features/survey/server";
import { fromWallClock } from "@/features/survey";
import { timeZoneOf } from "@/lib/countries";
import { closeDb, getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/http";
import {
  parseRoundsArgs,
  ROUNDS_USAGE,
  UsageError,
  type RoundsCommand,
  type RoundTime,
} from "./rounds-cli";

type CreateCommand = Extract<RoundsCommand, { command: "create" }>;

async function findInstitution(idOrName: string) {
  const db = await getDb();
  const matches = await db.institution.findMany({
    where: { OR: [{ id: idOrName }, { name: { equals: idOrName, mode: "insensitive" } }] },
    select: { id: true, name: true, country: true },
  });
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new UsageError(
      `Several institutions are called "${idOrName}"; use the id:\n${matches.map((m) => `  ${m.id}  ${m.name}`).join("\n")}`,
    );
  }
  const all = await db.institution.findMany({ select: { id: true, name: true }, take: 20 });
  throw new UsageError(
    `No institution "${idOrName}". Institutions:\n${all.map((m) => `  ${m.id}  ${m.name}`).join("\n") || "  (none)"}`,
  );
}

async function create(command: CreateCommand) {
  const institution = await findInstitution(command.institution);
  const db = await getDb();
  const groups = await db.group.findMany({
    where: { institutionId: institution.id, archivedAt: null },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const groupIds = command.groups.map((wanted) => {
    const group = groups.find(
      (g) => g.id === wanted || g.name.toLowerCase() === wanted.toLowerCase(),
    );
    if (!group) {
      throw new UsageError(
        `No group "${wanted}" in ${institution.name}. Groups: ${groups.map((g) => g.name).join(", ") || "(none)"}`,
      );
    }
    return group.id;
  });
  let baselineRoundId: string | undefined;
  if (command.baselineCode) {
    const baseline = await db.surveyRound.findFirst({
      where: { institutionId: institution.id, code: command.baselineCode.toUpperCase() },
      select: { id: true },
    });
    if (!baseline) throw new UsageError(`No round with code ${command.baselineCode} here.`);
    baselineRoundId = baseline.id;
  }
  // A time without an offset is read on the school's clock, as the staff form reads it.
  const timeZone = timeZoneOf(institution.country);
  const place = (time: RoundTime) =>
    "instant" in time ? time.instant : fromWallClock(time.wallClock, timeZone);
  const round = await createRound(institution.id, {
    name: command.name,
    surveyKey: command.surveyKey,
    kind: command.kind,
    groupIds,
    opensAt: place(command.opensAt),
    closesAt: place(command.closesAt),
    baselineRoundId,
  });
  const origin = env().APP_URL ?? `http://localhost:${env().PORT}`;
  console.info(`Created round "${round.name}" (${round.kind}) for ${institution.name}.`);
  console.info(`  code    ${round.code}`);
  console.info(`  opens   ${round.opensAt.toISOString()} (${timeZone})`);
  console.info(`  closes  ${round.closesAt.toISOString()}`);
  console.info(`  link    ${origin}/en/s/${round.code}  (any language: /da, /nl, /nb, /et, /fr)`);
  console.info(`  poster  ${origin}/en/s/${round.code}/poster`);
  console.info(`  QR      ${origin}/api/v1/rounds/${round.code}/qr.svg?locale=en`);
}

async function list(institution?: string) {
  const db = await getDb();
  const institutions = institution
    ? [await findInstitution(institution)]
    : await db.institution.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  for (const inst of institutions) {
    const rounds = await listRounds(inst.id);
    console.info(`${inst.name} (${inst.id}): ${rounds.length} round(s)`);
    for (const r of rounds) {
      console.info(
        `  ${r.code.padEnd(8)} ${r.kind.padEnd(9)} ${r.status.padEnd(8)} ` +
          `${r.opensAt.toISOString().slice(0, 16)} -> ${r.closesAt.toISOString().slice(0, 16)}  ` +
          `${String(r.responses).padStart(4)} response(s)  ${r.name}  [${r.groups.map((g) => g.name).join(", ")}]`,
      );
    }
  }
}

async function main() {
  const command = parseRoundsArgs(process.argv.slice(2));
  if (command.command === "help") return console.info(ROUNDS_USAGE);
  if (command.command === "list") return list(command.institution);
  return create(command);
}

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    await closeDb().catch(() => {});
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${ROUNDS_USAGE}`);
      process.exit(2);
    }
    if (isAppError(error)) {
      console.error(
        error.options.fields?.map((f) => `${f.field}: ${f.message}`).join("\n") ?? error.message,
      );
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
