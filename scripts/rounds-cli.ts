// The command line of `npm run rounds`: parsing and checking only (no database), so the rules
// and messages are unit-tested. scripts/rounds.ts runs the commands.
import { parseArgs } from "node:util";

export const ROUNDS_USAGE = `Usage:
  npm run rounds -- create --institution <id|name> --name <text> --kind <kind>
                           --groups <"name,name"> --opens <date> --closes <date>
                           [--survey belonging-pulse] [--baseline <code of a BASELINE round>]
  npm run rounds -- list [--institution <id|name>]

  <kind>   BASELINE, FOLLOW_UP or PULSE
  <date>   2026-09-01 (midnight) or 2026-09-01T08:00, on the clock of the institution's country
           (Europe/Berlin for a school in Germany), or with an offset: 2026-09-01T08:00+02:00
  --groups group names or ids of the institution, separated by commas

Example:
  npm run rounds -- create --institution "Demo VET College" --name "Start of year" \\
    --kind BASELINE --groups "Electricians 1A,Chefs 1C" --opens 2026-09-01 --closes 2026-09-15`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type RoundsCommand =
  | { command: "help" }
  | { command: "list"; institution?: string }
  | {
      command: "create";
      institution: string;
      name: string;
      kind: "BASELINE" | "FOLLOW_UP" | "PULSE";
      groups: string[];
      opensAt: RoundTime;
      closesAt: RoundTime;
      surveyKey: string;
      baselineCode?: string;
    };

/**
 * A time as typed: an instant when it carries an offset (or Z), otherwise a wall-clock time
 * (its UTC fields) that scripts/rounds.ts places in the institution's time zone, as the staff
 * form does, once it knows the institution.
 */
export type RoundTime = { instant: Date } | { wallClock: Date };

const KINDS = ["BASELINE", "FOLLOW_UP", "PULSE"] as const;

export function parseRoundsArgs(argv: readonly string[]): RoundsCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        institution: { type: "string" },
        name: { type: "string" },
        kind: { type: "string" },
        groups: { type: "string" },
        opens: { type: "string" },
        closes: { type: "string" },
        survey: { type: "string" },
        baseline: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.help || command === undefined || command === "help") return { command: "help" };
  if (extra.length) throw new UsageError(`Unexpected argument: ${extra.join(" ")}`);

  if (command === "list") {
    const institution = values.institution?.trim();
    return { command: "list", ...(institution ? { institution } : {}) };
  }
  if (command !== "create")
    throw new UsageError(`Unknown command "${command}": use create or list.`);

  const missing = (["institution", "name", "kind", "groups", "opens", "closes"] as const).filter(
    (option) => !values[option]?.trim(),
  );
  if (missing.length) {
    throw new UsageError(`Missing ${missing.map((m) => `--${m}`).join(", ")}.`);
  }
  const kind = values.kind!.trim().toUpperCase().replace("-", "_");
  if (!(KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind must be one of ${KINDS.join(", ")}, not "${values.kind}".`);
  }
  const groups = values
    .groups!.split(",")
    .map((g) => g.trim())
    .filter(Boolean);
  if (groups.length === 0) throw new UsageError("--groups names no group.");
  const opensAt = parseDate("--opens", values.opens!);
  const closesAt = parseDate("--closes", values.closes!);
  // Two times of the same sort compare here; createRound checks again once both are placed.
  const comparable =
    "instant" in opensAt && "instant" in closesAt
      ? [opensAt.instant, closesAt.instant]
      : "wallClock" in opensAt && "wallClock" in closesAt
        ? [opensAt.wallClock, closesAt.wallClock]
        : null;
  if (comparable && comparable[1]!.getTime() <= comparable[0]!.getTime()) {
    throw new UsageError("--closes must be after --opens.");
  }
  const baselineCode = values.baseline?.trim();
  if (baselineCode && kind !== "FOLLOW_UP") {
    throw new UsageError("--baseline is only for a FOLLOW_UP round.");
  }
  return {
    command: "create",
    institution: values.institution!.trim(),
    name: values.name!.trim(),
    kind: kind as (typeof KINDS)[number],
    groups,
    opensAt,
    closesAt,
    surveyKey: values.survey?.trim() || "belonging-pulse",
    ...(baselineCode ? { baselineCode } : {}),
  };
}

// A date alone or a time without an offset is the school's wall clock, never the clock of the
// machine the command runs on.
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

export function parseDate(option: string, text: string): RoundTime {
  const value = text.trim();
  const bad = () =>
    new UsageError(`${option} "${text}" is not a date like 2026-09-01 or 2026-09-01T08:00.`);
  if (DATE.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    // Date rolls 2026-02-30 over into March; a typo like that is refused instead.
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw bad();
    return { wallClock: date };
  }
  if (!DATE_TIME.test(value)) throw bad();
  const withOffset = /(Z|[+-]\d{2}:\d{2})$/.test(value);
  const date = new Date(withOffset ? value : `${value}Z`);
  if (Number.isNaN(date.getTime())) throw bad();
  return withOffset ? { instant: date } : { wallClock: date };
}
